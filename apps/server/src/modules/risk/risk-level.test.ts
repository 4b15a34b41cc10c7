import { describe, expect, it } from 'vitest';
import { enterpriseLevel, objectLevel, unitLevels } from './risk-level.ts';

describe('unit levels', () => {
  it('takes the highest event level, before and after controls', () => {
    const events = [
      { inherentLevel: 'major' as const, residualLevel: 'general' as const },
      { inherentLevel: 'significant' as const, residualLevel: 'significant' as const },
    ];
    expect(unitLevels(events, [])).toEqual({
      inherentLevel: 'major',
      residualLevel: 'significant',
      currentLevel: 'significant',
    });
  });

  it('lets active evidence raise the current level but never lower it', () => {
    const events = [{ inherentLevel: 'significant' as const, residualLevel: 'general' as const }];
    expect(unitLevels(events, [{ level: 'major' }]).currentLevel).toBe('major');
    expect(unitLevels(events, [{ level: 'low' }]).currentLevel).toBe('general');
  });

  it('has no level before anything is assessed', () => {
    expect(unitLevels([], [])).toEqual({ inherentLevel: null, residualLevel: null, currentLevel: null });
    expect(unitLevels([{ inherentLevel: null, residualLevel: null }], []).currentLevel).toBeNull();
    expect(unitLevels([], [{ level: 'general' }]).currentLevel).toBe('general');
  });
});

describe('object and enterprise levels', () => {
  it('rolls units up to the object', () => {
    expect(
      objectLevel([{ currentLevel: 'low' }, { currentLevel: 'significant' }, { currentLevel: null }]),
    ).toBe('significant');
    expect(objectLevel([])).toBeNull();
  });

  it('is the highest unit level without major sources', () => {
    expect(enterpriseLevel([{ currentLevel: 'general' }, { currentLevel: 'low' }], [])).toBe('general');
  });

  it('is at least significant with a major source, major with a grade 1 or 2 source', () => {
    expect(enterpriseLevel([{ currentLevel: 'general' }], [4])).toBe('significant');
    expect(enterpriseLevel([{ currentLevel: 'general' }], [3, null])).toBe('significant');
    expect(enterpriseLevel([{ currentLevel: 'low' }], [2])).toBe('major');
    expect(enterpriseLevel([{ currentLevel: 'low' }], [1])).toBe('major');
    expect(enterpriseLevel([{ currentLevel: 'major' }], [4])).toBe('major');
  });
});
