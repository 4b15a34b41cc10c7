import { describe, expect, it } from 'vitest';
import {
  findRiskFactor,
  riskFactorCategory,
  riskFactorCategoryOf,
  riskFactorChildren,
  riskFactorCode,
  riskFactorParentCode,
  riskFactors,
} from './risk-factors.ts';

describe('GB/T 13861 risk factors', () => {
  it('has unique, well-formed codes', () => {
    const codes = riskFactors.map((f) => f.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(riskFactorCode.safeParse(code).success, code).toBe(true);
  });

  it('lists every parent before its children', () => {
    const seen = new Set<string>();
    for (const f of riskFactors) {
      if (f.parentCode !== null) expect(seen.has(f.parentCode), f.code).toBe(true);
      seen.add(f.code);
    }
  });

  it('derives parents from the code structure', () => {
    expect(riskFactorParentCode('110101')).toBe('1101');
    expect(riskFactorParentCode('1101')).toBe('11');
    expect(riskFactorParentCode('11')).toBe('1');
    expect(riskFactorParentCode('1')).toBeNull();
  });

  it('maps the first digit to the four categories', () => {
    expect(riskFactorCategoryOf('120202')).toBe('human');
    expect(riskFactorCategoryOf('210104')).toBe('equipment');
    expect(riskFactorCategoryOf('33')).toBe('environment');
    expect(riskFactorCategoryOf('45')).toBe('management');
    expect(riskFactorCategoryOf('5')).toBeNull();
    expect(riskFactorChildren(null).map((f) => riskFactorCategoryOf(f.code))).toEqual(
      riskFactorCategory.options,
    );
  });

  it('holds the verified third and fourth levels', () => {
    expect(findRiskFactor('120202')?.nameZh).toBe('违章作业');
    expect(findRiskFactor('210104')?.nameZh).toBe('密封不良');
    expect(riskFactorChildren('2101')).toHaveLength(12);
    expect(riskFactorChildren('1')).toHaveLength(2);
  });

  it('flags the conflicting management code 45 with both wordings', () => {
    expect(findRiskFactor('45')).toMatchObject({ source: 'X', altNameZh: '应急管理缺陷' });
  });

  it('accepts codes of 1, 2, 4 or 6 digits in classes 1–4 only', () => {
    for (const ok of ['1', '23', '2199', '110499']) expect(riskFactorCode.safeParse(ok).success).toBe(true);
    for (const bad of ['', '0', '5', '123', '12345', '1234567', '2a', ' 11'])
      expect(riskFactorCode.safeParse(bad).success, bad).toBe(false);
  });
});
