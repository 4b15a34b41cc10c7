import { describe, expect, it, vi } from 'vitest';

vi.mock('../i18n.ts', () => ({}));
const {
  countLevels,
  legendRows,
  levelHex,
  levelKey,
  levelTextHex,
  levelsDescending,
  withAlpha,
  UNASSESSED_HEX,
} = await import('./levels.ts');

describe('levels', () => {
  it('uses the contract colours, most severe first', () => {
    expect(levelsDescending).toEqual(['major', 'significant', 'general', 'low']);
    expect(levelHex('major')).toBe('#FD0314');
    expect(levelHex('significant')).toBe('#FC5D07');
    expect(levelHex('general')).toBe('#FDE41B');
    expect(levelHex('low')).toBe('#1153FD');
    expect(levelHex(null)).toBe(UNASSESSED_HEX);
  });

  it('keeps text readable on yellow', () => {
    expect(levelTextHex('general')).not.toBe('#ffffff');
    expect(levelTextHex('major')).toBe('#ffffff');
  });

  it('names label keys', () => {
    expect(levelKey('major')).toBe('levels.major');
    expect(levelKey(null, true)).toBe('levelShort.none');
  });

  it('adds alpha', () => {
    expect(withAlpha('#FD0314', 0.5)).toBe('#FD031480');
    expect(withAlpha('#000000', 2)).toBe('#000000ff');
  });

  it('counts and builds legend rows', () => {
    const counts = countLevels(['major', null, 'low', 'low']);
    expect(counts).toEqual({ major: 1, significant: 0, general: 0, low: 2, unassessed: 1 });
    const rows = legendRows(counts);
    expect(rows.map((r) => r.level)).toEqual(['major', 'significant', 'general', 'low', null]);
    expect(legendRows({ major: 1 }).length).toBe(4);
  });
});
