import { riskLevel, type RiskLevel } from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import { changeKind } from './risk-changes.ts';

const levels: (RiskLevel | null)[] = [null, ...riskLevel.options];

describe('changeKind', () => {
  const expected: Record<string, string | null> = {
    'null>major': 'newlyGraded',
    'null>significant': 'newlyGraded',
    'low>major': 'newlyGraded',
    'low>significant': 'newlyGraded',
    'general>major': 'newlyGraded',
    'general>significant': 'newlyGraded',
    'significant>major': 'raised',
    'major>significant': 'lowered',
    'major>general': 'lowered',
    'major>low': 'lowered',
    'major>null': 'lowered',
    'significant>general': 'lowered',
    'significant>low': 'lowered',
    'significant>null': 'lowered',
  };
  it.each(levels.flatMap((from) => levels.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    expect(changeKind(from, to)).toBe(expected[`${from}>${to}`] ?? null);
  });
});
