/**
 * Each enterprise's internal tree (部门 / 车间 / 班组 / 岗位), generated from per-industry templates.
 * Unit keys are dot paths of slugs ('storage.tank-farm.tank-operator'), unique per enterprise.
 */
import { demoEnterprises } from './enterprises.ts';
import { industryTemplates } from './org-templates-industry.ts';
import { serviceTemplates } from './org-templates-services.ts';
import type { DemoOrgTemplate, DemoOrgTree, DemoOrgUnit, DemoOrgUnitKind } from './types.ts';

export const demoOrgTemplates: Record<string, DemoOrgTemplate> = {
  ...industryTemplates,
  ...serviceTemplates,
};

/** Slug of the safety manager's unit in every template. */
export const SAFETY_UNIT_SLUG = 'safety';

const KINDS: Record<string, DemoOrgUnitKind> = {
  D: 'department',
  W: 'workshop',
  T: 'team',
  P: 'post',
};

/** Parses a template tree (see DemoOrgTemplate) into units. */
export function parseOrgTree(text: string): DemoOrgUnit[] {
  const roots: DemoOrgUnit[] = [];
  const stack: DemoOrgUnit[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const match = /^( *)([DWTP]) ([a-z0-9-]+) (.+)$/.exec(line);
    if (!match) throw new Error(`bad org template line: ${JSON.stringify(line)}`);
    const [, indent = '', letter = '', slug = '', name = ''] = match;
    const depth = indent.length / 2;
    if (!Number.isInteger(depth) || depth > stack.length) {
      throw new Error(`bad indentation: ${JSON.stringify(line)}`);
    }
    stack.length = depth;
    const parent = stack[depth - 1];
    const kind = KINDS[letter];
    if (!kind) throw new Error(`bad unit kind: ${letter}`);
    const unit: DemoOrgUnit = {
      key: parent ? `${parent.key}.${slug}` : slug,
      name: name.trim(),
      kind,
      children: [],
    };
    (parent ? parent.children : roots).push(unit);
    stack.push(unit);
  }
  return roots;
}

export function templateOf(name: string): DemoOrgTemplate {
  const template = demoOrgTemplates[name];
  if (!template) throw new Error(`unknown org template ${name}`);
  return template;
}

export const demoOrgTrees: DemoOrgTree[] = demoEnterprises.map((e) => ({
  enterpriseKey: e.key,
  units: parseOrgTree(templateOf(e.orgTemplate).tree),
}));

const treesByEnterprise = new Map(demoOrgTrees.map((t) => [t.enterpriseKey, t]));

export function orgTreeOf(enterpriseKey: string): DemoOrgTree {
  const tree = treesByEnterprise.get(enterpriseKey);
  if (!tree) throw new Error(`no org tree for ${enterpriseKey}`);
  return tree;
}

export interface FlatOrgUnit extends DemoOrgUnit {
  parentKey: string | null;
  depth: number;
}

/** Depth-first, parents before children: the order a loader inserts them in. */
export function flattenOrgUnits(units: DemoOrgUnit[]): FlatOrgUnit[] {
  const out: FlatOrgUnit[] = [];
  const walk = (list: DemoOrgUnit[], parentKey: string | null, depth: number) => {
    for (const unit of list) {
      out.push({ ...unit, parentKey, depth });
      walk(unit.children, unit.key, depth + 1);
    }
  };
  walk(units, null, 0);
  return out;
}
