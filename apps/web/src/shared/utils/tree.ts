export type TreeNode<T> = { item: T; children: TreeNode<T>[] };

/**
 * Builds a forest from a flat list with parent references. Items whose parent is missing from the
 * list become roots, so a regulator who sees only a county still gets a usable tree.
 */
export function buildTree<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  parentOf: (item: T) => string | null,
  compare?: (a: T, b: T) => number,
): TreeNode<T>[] {
  const nodes = new Map<string, TreeNode<T>>();
  for (const item of items) nodes.set(keyOf(item), { item, children: [] });
  const roots: TreeNode<T>[] = [];
  for (const item of items) {
    const node = nodes.get(keyOf(item));
    if (!node) continue;
    const parentKey = parentOf(item);
    const parent = parentKey !== null && parentKey !== keyOf(item) ? nodes.get(parentKey) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  if (compare) {
    const sort = (list: TreeNode<T>[]) => {
      list.sort((a, b) => compare(a.item, b.item));
      list.forEach((n) => sort(n.children));
    };
    sort(roots);
  }
  return roots;
}

/** Keys from the root down to `key` (inclusive); empty when the key is unknown. Cycle-safe. */
export function ancestorKeys<T>(
  key: string,
  byKey: ReadonlyMap<string, T>,
  parentOf: (item: T) => string | null,
): string[] {
  const path: string[] = [];
  const seen = new Set<string>();
  let current: string | null = key;
  while (current !== null && !seen.has(current)) {
    const item = byKey.get(current);
    if (item === undefined) break;
    seen.add(current);
    path.unshift(current);
    current = parentOf(item);
  }
  return path;
}

/** Every key in a subtree, the root included: what a "delete" or a "move under" must look at. */
export function descendantKeys<T>(node: TreeNode<T>, keyOf: (item: T) => string): string[] {
  return [keyOf(node.item), ...node.children.flatMap((child) => descendantKeys(child, keyOf))];
}

/** Maps a forest into another shape (antd tree data, cascader options) bottom-up. */
export function mapTree<T, R>(nodes: TreeNode<T>[], map: (item: T, children: R[]) => R): R[] {
  return nodes.map((node) => map(node.item, mapTree(node.children, map)));
}
