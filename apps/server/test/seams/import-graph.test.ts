import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Reads the server's import graph from the source (type imports included: a circle of types is a
// circle of knowledge too) and looks for circles between folders.
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test(-helper)?\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The folder a file belongs to for this check: a top-level folder of src, or one module. */
function componentOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  if (parts[0] === 'modules') return `modules/${parts[1]}`;
  return parts.length === 1 ? (parts[0] ?? '').replace(/\.tsx?$/, '') : (parts[0] ?? '');
}

type Edge = { from: string; to: string; file: string; target: string };

function folderEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier);
      if (!target.startsWith(SRC + sep)) continue;
      const from = componentOf(file);
      const to = componentOf(target);
      if (from !== to) edges.push({ from, to, file: relative(SRC, file), target: relative(SRC, target) });
    }
  }
  return edges;
}

/** Strongly connected components with more than one member (Tarjan). */
function circles(nodes: readonly string[], edges: readonly { from: string; to: string }[]): string[][] {
  const next = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const e of edges) next.get(e.from)?.push(e.to);
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const n of nodes) if (!indexOf.has(n)) visit(n);
  return found;
}

describe('the server import graph', () => {
  it('finds circles when there are some (the check can fail)', () => {
    const edges = [
      { from: 'app', to: 'modules/risk' },
      { from: 'modules/risk', to: 'app' },
      { from: 'modules/risk', to: 'kernel' },
    ];
    expect(circles(['app', 'modules/risk', 'kernel'], edges)).toEqual([['app', 'modules/risk']]);
  });

  it('has no circle between the top-level folders of src or between modules', () => {
    const edges = folderEdges();
    expect(edges.length).toBeGreaterThan(100);
    const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))];
    const found = circles(nodes, edges).map((component) =>
      component.map((c) => {
        const out = edges.find((e) => e.from === c && component.includes(e.to));
        return `${c} → ${out?.to} (${out?.file} imports ${out?.target})`;
      }),
    );
    expect(found).toEqual([]);
  });

  it('keeps app/ for the assembly: nothing outside app/ imports it but main.ts and the CLI', () => {
    const into = folderEdges().filter((e) => e.to === 'app' && e.from !== 'main' && e.from !== 'cli');
    expect(into.map((e) => `${e.file} → ${e.target}`)).toEqual([]);
  });
});
