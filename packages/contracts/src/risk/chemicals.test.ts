import { describe, expect, it } from 'vitest';
import {
  alphaForPopulation,
  findGb18218Entry,
  gb18218Code,
  gb18218Table1,
  gb18218Table2,
  gb18218Table2Code,
  gb18218Table3Beta,
  gb18218Table4Beta,
  gradeForR,
  searchChemicals,
} from './chemicals.ts';

// CAS check digit: the digits before it, weighted 1, 2, 3 … from the right, summed modulo 10.
function isValidCas(cas: string): boolean {
  const match = /^(\d{2,7})-(\d{2})-(\d)$/.exec(cas);
  if (match === null) return false;
  const digits = `${match[1]}${match[2]}`.split('').reverse();
  const sum = digits.reduce((acc, d, i) => acc + Number(d) * (i + 1), 0);
  return sum % 10 === Number(match[3]);
}

describe('GB 18218-2018 表1', () => {
  it('has the 85 substances numbered 1…85 with codes T1-01…T1-85', () => {
    expect(gb18218Table1).toHaveLength(85);
    gb18218Table1.forEach((s, i) => {
      expect(s.no).toBe(i + 1);
      expect(s.code).toBe(`T1-${String(i + 1).padStart(2, '0')}`);
      expect(s.criticalQuantityT).toBeGreaterThan(0);
    });
  });

  it('has CAS numbers whose check digits hold', () => {
    for (const s of gb18218Table1)
      for (const cas of s.cas) expect(isValidCas(cas), `${s.no} ${cas}`).toBe(true);
    expect(gb18218Table1.filter((s) => s.cas.length === 0).map((s) => s.no)).toEqual([13, 45, 74]);
  });

  it('keeps the values that are easy to get wrong', () => {
    const byNo = (no: number) => gb18218Table1[no - 1];
    expect(byNo(6)).toMatchObject({
      name: '碳酰氯',
      aliases: ['光气'],
      cas: ['75-44-5'],
      criticalQuantityT: 0.3,
    });
    expect(byNo(30)).toMatchObject({ name: '异氰酸甲酯', criticalQuantityT: 0.75 });
    expect(byNo(46)).toMatchObject({ name: '硝酸钾', criticalQuantityT: 1000 });
    expect(byNo(25)).toMatchObject({ name: '氰化氢', cas: ['74-90-8'] });
    expect(byNo(26)).toMatchObject({ name: '三氧化硫', cas: ['7446-11-9'], criticalQuantityT: 75 });
    expect(byNo(12)).toMatchObject({ name: '氯', aliases: ['液氯', '氯气'], criticalQuantityT: 5 });
    expect(byNo(49)?.cas).toEqual(['74-82-8', '8006-14-2']);
    expect(byNo(13)?.name).toContain('H₂');
  });

  it('sums to the total of the source CSV', () => {
    const total = gb18218Table1.reduce((sum, s) => sum + s.criticalQuantityT * 100, 0) / 100;
    expect(total).toBe(7289.55);
  });
});

describe('GB 18218-2018 表2, 表3, 表4', () => {
  it('has the 24 hazard classes in printed order, matching the source CSV total', () => {
    expect(gb18218Table2.reduce((sum, c) => sum + c.criticalQuantityT, 0)).toBe(7806);
    expect(gb18218Table2.map((c) => c.code)).toEqual(gb18218Table2Code.options);
    expect(gb18218Table2.find((c) => c.code === 'W5.4')?.criticalQuantityT).toBe(5000);
    expect(gb18218Table2.find((c) => c.code === 'J1')?.criticalQuantityT).toBe(5);
  });

  it('keys every 表3 β to a 表1 substance', () => {
    const entries = Object.entries(gb18218Table3Beta);
    expect(entries).toHaveLength(14);
    for (const [code, beta] of entries) {
      expect(findGb18218Entry(code)?.table).toBe(1);
      expect(beta).toBeGreaterThan(0);
    }
    expect(gb18218Table3Beta['T1-12']).toBe(4);
    expect(gb18218Table3Beta['T1-06']).toBe(20);
  });

  it('gives every 表2 class a positive 表4 β', () => {
    for (const code of gb18218Table2Code.options) expect(gb18218Table4Beta[code]).toBeGreaterThan(0);
    expect(gb18218Table4Beta.J1).toBe(4);
    expect(gb18218Table4Beta.J2).toBe(1);
    expect(gb18218Table4Beta['W5.1']).toBe(1.5);
  });

  it('validates a GB 18218 code', () => {
    for (const ok of ['T1-01', 'T1-85', 'W5.3', 'J1']) expect(gb18218Code.safeParse(ok).success).toBe(true);
    for (const bad of ['T1-00', 'T1-86', 'T1-1', 'W5', 'w5.3', ''])
      expect(gb18218Code.safeParse(bad).success, bad).toBe(false);
  });
});

describe('α and grade tables', () => {
  it.each([
    [0, 0.5],
    [1, 1.0],
    [29, 1.0],
    [30, 1.2],
    [49, 1.2],
    [50, 1.5],
    [99, 1.5],
    [100, 2.0],
    [5000, 2.0],
  ])('α for %i people is %d', (people, alpha) => {
    expect(alphaForPopulation(people)).toBe(alpha);
  });

  it('refuses negative or fractional head counts', () => {
    expect(() => alphaForPopulation(-1)).toThrow(RangeError);
    expect(() => alphaForPopulation(2.5)).toThrow(RangeError);
  });

  it.each([
    [1000, 1],
    [100, 1],
    [99.999, 2],
    [50, 2],
    [49.999, 3],
    [10, 3],
    [9.999, 4],
    [0, 4],
  ])('R = %d is grade %i', (r, grade) => {
    expect(gradeForR(r)).toBe(grade);
  });
});

describe('searchChemicals', () => {
  const codes = (q: string) => searchChemicals(q).map((e) => e.code);

  it('finds by name, alias and English abbreviation', () => {
    expect(codes('氯')[0]).toBe('T1-12');
    expect(codes('光气')).toEqual(['T1-06']);
    expect(codes('液氨')).toEqual(['T1-01']);
    expect(codes('tdi')).toEqual(['T1-23']);
    expect(codes('天然气')).toEqual(['T1-49']);
    expect(codes('电石')).toEqual(['T1-83']);
  });

  it('finds by CAS with or without hyphens', () => {
    expect(codes('7782-50-5')).toEqual(['T1-12']);
    expect(codes('7782505')).toEqual(['T1-12']);
    expect(codes('8006-14-2')).toEqual(['T1-49']);
    expect(codes('9004-70-0')).toEqual(['T1-37', 'T1-38', 'T1-39', 'T1-40', 'T1-41', 'T1-42']);
  });

  it('ranks exact before prefix before substring', () => {
    const hits = codes('硝酸');
    expect(hits[0]).toBe('T1-43');
    expect(codes('甲苯')[0]).toBe('T1-64');
    expect(codes('甲苯')).toContain('T1-23');
  });

  it('folds full-width and subscript characters', () => {
    expect(codes('H2')).toContain('T1-13');
    expect(codes('ＴＮＴ')).toEqual(['T1-35']);
  });

  it('finds 表2 classes by name or symbol', () => {
    expect(codes('易燃液体')).toEqual(['W5.1', 'W5.2', 'W5.3', 'W5.4']);
    expect(codes('W5.3')).toEqual(['W5.3']);
  });

  it('returns nothing for a blank query and honours the limit', () => {
    expect(searchChemicals('  ')).toEqual([]);
    expect(searchChemicals('不存在的物质')).toEqual([]);
    expect(searchChemicals('硝', 3)).toHaveLength(3);
  });
});
