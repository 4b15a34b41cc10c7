import { describe, expect, it } from 'vitest';
import { enterpriseLevel } from '../risk-level.ts';
import { levelsFromCounts } from './queries/get-register-tree.ts';

describe('levelsFromCounts', () => {
  it('keeps one entry per level present, so the max-based roll-up needs no unit rows', () => {
    expect(levelsFromCounts({ major: 0, significant: 3, general: 0, low: 7 })).toEqual([
      { currentLevel: 'low' },
      { currentLevel: 'significant' },
    ]);
    expect(
      enterpriseLevel(levelsFromCounts({ major: 0, significant: 0, general: 0, low: 0 }), []),
    ).toBeNull();
    // The unassessed tally that comes with the counts is not a level.
    const withUnassessed = { major: 0, significant: 0, general: 0, low: 0, unassessed: 4 };
    expect(levelsFromCounts(withUnassessed)).toEqual([]);
    expect(enterpriseLevel(levelsFromCounts(withUnassessed), [])).toBeNull();
    expect(enterpriseLevel(levelsFromCounts({ major: 0, significant: 0, general: 2, low: 0 }), [4])).toBe(
      'significant',
    );
  });
});
