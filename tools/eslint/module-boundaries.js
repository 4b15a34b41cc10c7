// ESLint rule: the server's layers and modules import only downstream of themselves, and another
// module only through its index.ts. The order is data: a new module is one line in MODULE_ORDER.
import { dirname, resolve, sep } from 'node:path';

/** Layers of apps/server/src, lowest first: a layer imports its own and lower layers only. */
export const SERVER_LAYERS = ['kernel', 'platform', 'modules', 'seed', 'app', 'cli', 'main.ts'];

/** Domain modules, upstream first: a module imports only modules before it in this list. */
export const MODULE_ORDER = ['identity', 'risk', 'inspection', 'hazard', 'supervision'];

const SRC = `${sep}apps${sep}server${sep}src${sep}`;

/** Where a file sits: its layer, and for modules/ the module and the path inside it. */
export function placeOf(file) {
  const i = file.indexOf(SRC);
  if (i < 0) return null;
  const parts = file.slice(i + SRC.length).split(sep);
  const layer = parts[0];
  if (layer === 'modules') return { layer, module: parts[1] ?? '', inner: parts.slice(2).join('/') };
  return { layer, module: null, inner: parts.slice(1).join('/') };
}

const isTest = (file) => /\.test\.tsx?$/.test(file) || /\.test-helper\.ts$/.test(file);

/** Why `from` may not import `to`, or null when it may. Both are places (see placeOf). */
export function violation(from, to) {
  if (!to) return null;
  if (from && from.layer === to.layer && from.module === to.module) return null;
  if (to.layer === 'modules' && !MODULE_ORDER.includes(to.module)) {
    return { messageId: 'unknownModule', data: { module: to.module } };
  }
  if (from) {
    if (from.layer === 'modules' && !MODULE_ORDER.includes(from.module)) {
      return { messageId: 'unknownModule', data: { module: from.module } };
    }
    const fromRank = SERVER_LAYERS.indexOf(from.layer);
    const toRank = SERVER_LAYERS.indexOf(to.layer);
    if (fromRank >= 0 && toRank > fromRank) {
      return {
        messageId: 'upward',
        data: { from: from.layer, to: to.module ? `modules/${to.module}` : to.layer },
      };
    }
    if (from.layer === 'modules' && to.layer === 'modules') {
      if (MODULE_ORDER.indexOf(to.module) > MODULE_ORDER.indexOf(from.module)) {
        return { messageId: 'downstream', data: { from: from.module, to: to.module } };
      }
    }
  }
  if (to.layer === 'modules' && to.inner !== 'index.ts' && to.inner !== '') {
    return { messageId: 'deep', data: { module: to.module } };
  }
  return null;
}

export const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Server layers and modules import downstream only, modules through index.ts' },
    messages: {
      deep: "Import module '{{module}}' through its index.ts.",
      upward: '{{from}} must not import {{to}}: it sits above it (kernel ← platform ← modules ← seed ← app).',
      downstream:
        "Module '{{from}}' must not import '{{to}}', which comes after it; react to its events instead.",
      unknownModule: "Module '{{module}}' is not in MODULE_ORDER (tools/eslint/module-boundaries.js).",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const own = placeOf(file);
    // Tests are clients of everything; they still reach modules through their public face below.
    const direction = own && !isTest(file);
    const check = (node, sourceNode = node.source) => {
      const source = sourceNode?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = placeOf(resolve(dirname(file), source));
      if (!target) return;
      if (!direction) {
        if (isTest(file)) return;
        // Outside the server's src (bench): only the rule "through index.ts" applies.
        const problem = violation(null, target);
        if (problem) context.report({ node, ...problem });
        return;
      }
      const problem = violation(own, target);
      if (problem) context.report({ node, ...problem });
    };
    return {
      ImportDeclaration: (node) => check(node),
      ExportNamedDeclaration: (node) => check(node),
      ExportAllDeclaration: (node) => check(node),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};
