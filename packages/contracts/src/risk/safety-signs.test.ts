import { describe, expect, it } from 'vitest';
import {
  findSafetySign,
  safetySigns,
  sortSafetySignCodes,
  suggestedSignNames,
  suggestSafetySigns,
  unitSafetySignsInput,
} from './safety-signs.ts';

describe('GB 2894-2008 safety signs', () => {
  it('has the standard count of each kind', () => {
    const count = (c: string) => safetySigns.filter((s) => s.category === c).length;
    expect([count('prohibition'), count('warning'), count('mandatory'), count('information')]).toEqual([
      40, 39, 16, 8,
    ]);
  });

  it('has unique codes and unique names', () => {
    expect(new Set(safetySigns.map((s) => s.code)).size).toBe(safetySigns.length);
    expect(new Set(safetySigns.map((s) => s.nameZh)).size).toBe(safetySigns.length);
  });

  it('keeps codes stable in the standard order', () => {
    expect(findSafetySign('P01')?.nameZh).toBe('禁止吸烟');
    expect(findSafetySign('W03')?.nameZh).toBe('当心爆炸');
    expect(findSafetySign('M06')?.nameZh).toBe('必须戴安全帽');
    expect(findSafetySign('E01')?.nameZh).toBe('紧急出口');
  });

  it('sorts picked codes into print order, once each, dropping unknown codes', () => {
    expect(sortSafetySignCodes(['E01', 'M06', 'P02', 'W03', 'P02', 'X99'])).toEqual([
      'W03',
      'P02',
      'M06',
      'E01',
    ]);
  });

  it('refuses a code that is not a sign', () => {
    expect(unitSafetySignsInput.safeParse({ signCodes: ['W03'] }).success).toBe(true);
    expect(unitSafetySignsInput.safeParse({ signCodes: ['W40'] }).success).toBe(false);
  });
});

describe('suggested signs by accident type', () => {
  it('names only signs of the catalogue', () => {
    const names = new Set(safetySigns.map((s) => s.nameZh));
    for (const n of suggestedSignNames()) expect(names.has(n), n).toBe(true);
  });

  it('suggests fire and poisoning signs for a chlorine tank, in print order', () => {
    expect(suggestSafetySigns(['08', '019']).map((c) => findSafetySign(c)?.nameZh)).toEqual([
      '当心火灾',
      '当心中毒',
      '禁止吸烟',
      '禁止烟火',
      '必须戴防毒面具',
    ]);
    expect(suggestSafetySigns(['020'])).toEqual([]);
  });
});
