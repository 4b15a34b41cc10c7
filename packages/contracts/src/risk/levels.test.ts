import { describe, expect, it } from 'vitest';
import {
  compareRiskLevels,
  maxLevel,
  riskClass,
  riskClassToRiskLevel,
  riskColor,
  riskColorHex,
  riskColorLabelZh,
  riskLevel,
  riskLevelColor,
  riskLevelLabelZh,
  riskLevelRank,
  riskLevelToRiskClass,
  riskLevelsAscending,
} from './levels.ts';

describe('risk levels', () => {
  it('pairs each level with its color and zh label', () => {
    expect(riskLevelColor).toEqual({ major: 'red', significant: 'orange', general: 'yellow', low: 'blue' });
    expect(riskLevelLabelZh).toEqual({ major: '重大', significant: '较大', general: '一般', low: '低' });
    expect(riskColorLabelZh).toEqual({ red: '红', orange: '橙', yellow: '黄', blue: '蓝' });
    for (const color of riskColor.options) expect(riskColorHex[color]).toMatch(/^#[0-9A-F]{6}$/);
  });

  it('maps to the national riskClass 1 重大 … 4 低 and back', () => {
    expect(riskLevelToRiskClass).toEqual({ major: 1, significant: 2, general: 3, low: 4 });
    for (const level of riskLevel.options)
      expect(riskClassToRiskLevel[riskLevelToRiskClass[level]]).toBe(level);
    expect(riskClass.safeParse(0).success).toBe(false);
    expect(riskClass.safeParse(5).success).toBe(false);
    expect(riskClass.safeParse(2).success).toBe(true);
  });

  it('orders levels by severity', () => {
    expect(riskLevelsAscending).toEqual(['low', 'general', 'significant', 'major']);
    expect(riskLevelRank('low')).toBe(0);
    expect(riskLevelRank('major')).toBe(3);
    expect(
      ['major', 'low', 'significant', 'general'].map((l) => riskLevel.parse(l)).sort(compareRiskLevels),
    ).toEqual(riskLevelsAscending);
    expect(new Set(riskLevelsAscending)).toEqual(new Set(riskLevel.options));
  });

  it('maxLevel picks the most severe level', () => {
    expect(maxLevel(['low', 'general'])).toBe('general');
    expect(maxLevel(['significant', 'low', 'major', 'general'])).toBe('major');
    expect(maxLevel(['low'])).toBe('low');
    expect(maxLevel(['general', 'general'])).toBe('general');
    expect(maxLevel(new Set(['low', 'significant'] as const))).toBe('significant');
  });

  it('maxLevel of nothing is null, not low: unassessed stays visible', () => {
    expect(maxLevel([])).toBeNull();
  });
});
