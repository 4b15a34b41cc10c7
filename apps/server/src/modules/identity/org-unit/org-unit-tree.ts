type Node = { id: string; parentId: string | null };

/**
 * True when hanging `unitId` below `newParentId` would make a loop: the new parent is the unit
 * itself or one of its descendants. A loop already in the data stops the walk instead of hanging.
 */
export function wouldCreateCycle(
  units: readonly Node[],
  unitId: string,
  newParentId: string | null,
): boolean {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const seen = new Set<string>();
  for (let at = newParentId; at !== null && !seen.has(at); at = parentOf.get(at) ?? null) {
    if (at === unitId) return true;
    seen.add(at);
  }
  return false;
}
