import { buildTree, descendantKeys, mapTree, type TreeNode } from '../../../shared/utils/tree.ts';
import type { OrgUnit } from '../api/org-unit-api.ts';

export type OrgTreeOption = {
  value: string;
  title: string;
  key: string;
  disabled?: boolean;
  children?: OrgTreeOption[];
};

const bySort = (a: OrgUnit, b: OrgUnit) => a.sort - b.sort || a.name.localeCompare(b.name, 'zh-CN');

export function orgForest(units: readonly OrgUnit[]): TreeNode<OrgUnit>[] {
  return buildTree(
    units,
    (u) => u.id,
    (u) => u.parentId,
    bySort,
  );
}

/** Tree-select options; a unit cannot move under itself or its own descendants. */
export function orgTreeOptions(units: readonly OrgUnit[], excludeSubtreeOf?: string): OrgTreeOption[] {
  const forest = orgForest(units);
  let blocked = new Set<string>();
  if (excludeSubtreeOf) {
    const find = (nodes: TreeNode<OrgUnit>[]): TreeNode<OrgUnit> | undefined => {
      for (const node of nodes) {
        if (node.item.id === excludeSubtreeOf) return node;
        const hit = find(node.children);
        if (hit) return hit;
      }
      return undefined;
    };
    const root = find(forest);
    if (root) blocked = new Set(descendantKeys(root, (u) => u.id));
  }
  return mapTree<OrgUnit, OrgTreeOption>(forest, (unit, children) => ({
    value: unit.id,
    key: unit.id,
    title: unit.name,
    ...(blocked.has(unit.id) ? { disabled: true } : {}),
    ...(children.length ? { children } : {}),
  }));
}
