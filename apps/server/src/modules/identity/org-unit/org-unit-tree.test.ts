import { describe, expect, it } from 'vitest';
import { wouldCreateCycle } from './org-unit-tree.ts';

// company ─ a ─ a1 ─ a1x
//         └ b
const units = [
  { id: 'a', parentId: null },
  { id: 'a1', parentId: 'a' },
  { id: 'a1x', parentId: 'a1' },
  { id: 'b', parentId: null },
];

describe('wouldCreateCycle', () => {
  it('allows moving to the root, to a sibling branch, and to an ancestor', () => {
    expect(wouldCreateCycle(units, 'a1', null)).toBe(false);
    expect(wouldCreateCycle(units, 'a1', 'b')).toBe(false);
    expect(wouldCreateCycle(units, 'a1x', 'a')).toBe(false);
  });

  it('refuses the unit itself and any of its descendants as the new parent', () => {
    expect(wouldCreateCycle(units, 'a', 'a')).toBe(true);
    expect(wouldCreateCycle(units, 'a', 'a1')).toBe(true);
    expect(wouldCreateCycle(units, 'a', 'a1x')).toBe(true);
  });

  it('terminates on data that already loops', () => {
    const looped = [
      { id: 'x', parentId: 'y' },
      { id: 'y', parentId: 'x' },
    ];
    expect(wouldCreateCycle(looped, 'z', 'x')).toBe(false);
  });
});
