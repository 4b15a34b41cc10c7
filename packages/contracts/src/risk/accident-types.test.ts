import { describe, expect, it } from 'vitest';
import {
  accidentSeverities2025,
  accidentSeverity2025Code,
  accidentType1986Code,
  accidentType1986To2025,
  accidentType2025Code,
  accidentType2025To1986,
  accidentTypeMapping,
  accidentTypes1986,
  accidentTypes2025,
} from './accident-types.ts';

describe('GB 6441-1986', () => {
  it('has the 20 categories with codes as printed (01…09, 010…020)', () => {
    expect(accidentTypes1986).toHaveLength(20);
    expect(accidentTypes1986.map((t) => t.code)).toEqual(accidentType1986Code.options);
    expect(accidentType1986Code.options.slice(8, 11)).toEqual(['09', '010', '011']);
    expect(accidentType1986Code.safeParse('10').success).toBe(false);
    expect(accidentTypes1986.find((t) => t.code === '019')?.nameZh).toBe('中毒和窒息');
    expect(accidentTypes1986.find((t) => t.code === '020')?.nameZh).toBe('其他伤害');
  });
});

describe('GB 6441-2025', () => {
  it('has the 27 basic types, WSA1 + 0001…0026 and 0099 for 其他', () => {
    expect(accidentTypes2025).toHaveLength(27);
    expect(accidentTypes2025.map((t) => t.code)).toEqual(accidentType2025Code.options);
    accidentTypes2025.forEach((t, i) => expect(t.no).toBe(i + 1));
    expect(accidentTypes2025.find((t) => t.nameZh === '火灾')?.code).toBe('WSA10009');
    expect(accidentTypes2025.at(-1)).toMatchObject({ code: 'WSA10099', no: 27, nameZh: '其他' });
    for (const t of accidentTypes2025) expect(t.code).toMatch(/^WSA1\d{4}$/);
  });

  it('has the four severity classes WSA20001…WSA20004', () => {
    expect(accidentSeverities2025.map((s) => s.code)).toEqual(accidentSeverity2025Code.options);
    expect(accidentSeverities2025.find((s) => s.code === 'WSA20003')?.nameZh).toBe('重伤事故');
  });
});

describe('mapping between editions', () => {
  it('gives every 1986 category at least one 2025 type and vice versa', () => {
    for (const code of accidentType1986Code.options)
      expect(accidentType1986To2025(code).length).toBeGreaterThan(0);
    for (const code of accidentType2025Code.options)
      expect(accidentType2025To1986(code).length).toBeGreaterThan(0);
  });

  it('has no duplicate edges', () => {
    const keys = accidentTypeMapping.map((e) => `${e.code1986}>${e.code2025}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('splits 车辆伤害 into in-plant and road vehicles', () => {
    expect(accidentType1986To2025('02')).toEqual(['WSA10002', 'WSA10003']);
  });

  it('keeps unchanged categories one to one', () => {
    expect(accidentType1986To2025('08')).toEqual(['WSA10009']);
    expect(accidentType2025To1986('WSA10009')).toEqual(['08']);
    expect(accidentType1986To2025('09')).toEqual(['WSA10010']);
  });

  it('places the removed 1986 categories', () => {
    expect(accidentType1986To2025('011')).toEqual(['WSA10012']);
    expect(accidentType1986To2025('012')).toEqual(['WSA10013']);
    expect(accidentType1986To2025('015')).toEqual(['WSA10016', 'WSA10018']);
    expect(accidentType1986To2025('016')).toEqual(['WSA10014']);
    expect(accidentType1986To2025('019')).toEqual(['WSA10023', 'WSA10024']);
  });

  it('sends 跌落 back to 其他伤害', () => {
    expect(accidentType2025To1986('WSA10011')).toEqual(['020']);
  });
});
