import type { RiskLevel } from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import { EngineValidationError } from './engine.errors.ts';
import { defaultTableSetKeys, getTableSet, listTableSets } from './factor-tables.ts';
import { bandContains, cleanNumber, findBand, formatBand, type AnyTableSet } from './table-set.ts';

type Probe = [score: number, level: RiskLevel, label: string];

function expectProbes(set: AnyTableSet, probes: readonly Probe[]): void {
  for (const [score, level, label] of probes) {
    const band = findBand(set.bands, score);
    expect({ score, level: band.level, label: band.label }).toEqual({ score, level, label });
  }
}

const GK = {
  extreme: '极其危险，不能继续作业',
  high: '高度危险，要立即整改',
  notable: '显著危险，需要整改',
  ordinary: '可能危险，需要注意',
  slight: '稍有危险，可以接受',
};

describe('table-set registry', () => {
  it('defaults each method to its documented table set', () => {
    expect(defaultTableSetKeys).toEqual({ lec: 'lec-default@1', ls: 'ls-default@1', mes: 'mes-default@1' });
    expect(getTableSet('lec').key).toBe('lec-default@1');
    expect(getTableSet('ls').key).toBe('ls-default@1');
    expect(getTableSet('mes').key).toBe('mes-default@1');
  });

  it('finds a named version', () => {
    expect(getTableSet('lec', 'lec-variant-b@1').id).toBe('lec-variant-b');
    expect(getTableSet('ls', 'ls-frequency@1').method).toBe('ls');
    expect(getTableSet('mes', 'mes-m3@1').version).toBe(1);
  });

  it('rejects an unknown key, or another method’s key, on field tableVersion', () => {
    for (const [method, key] of [
      ['lec', 'lec-default@2'],
      ['ls', 'lec-default@1'],
      ['mes', 'mes-default'],
    ] as const) {
      const error = catchError(() => getTableSet(method, key));
      expect(error).toBeInstanceOf(EngineValidationError);
      expect(error).toMatchObject({ field: 'tableVersion' });
    }
  });

  it('keys every set as id@version, uniquely', () => {
    const sets = listTableSets();
    expect(sets).toHaveLength(6);
    for (const set of sets) expect(set.key).toBe(`${set.id}@${set.version}`);
    expect(new Set(sets.map((s) => s.key)).size).toBe(sets.length);
  });

  it('lists factors in formula order with unique allowed values', () => {
    const order = Object.fromEntries(
      listTableSets().map((s) => [s.key, s.factors.map((f) => f.symbol).join('')]),
    );
    expect(order).toEqual({
      'lec-default@1': 'LEC',
      'lec-variant-b@1': 'LEC',
      'ls-default@1': 'LS',
      'ls-frequency@1': 'LS',
      'mes-default@1': 'MES',
      'mes-m3@1': 'MES',
    });
    for (const set of listTableSets()) {
      for (const factor of set.factors) {
        const values = factor.options.map((o) => o.value);
        expect(new Set(values).size).toBe(values.length);
      }
    }
  });

  it('uses the STANDARDS §1 factor values', () => {
    const values = (key: string, factor: number) =>
      listTableSets()
        .find((s) => s.key === key)
        ?.factors[factor]?.options.map((o) => o.value);
    expect(values('lec-default@1', 0)).toEqual([10, 6, 3, 1, 0.5, 0.2, 0.1]);
    expect(values('lec-default@1', 1)).toEqual([10, 6, 3, 2, 1, 0.5]);
    expect(values('lec-default@1', 2)).toEqual([100, 40, 15, 7, 3, 1]);
    expect(values('ls-default@1', 0)).toEqual([5, 4, 3, 2, 1]);
    expect(values('ls-frequency@1', 1)).toEqual([5, 4, 3, 2, 1]);
    expect(values('mes-default@1', 0)).toEqual([5, 3, 1]);
    expect(values('mes-default@1', 1)).toEqual([10, 6, 3, 2, 1, 0.5]);
    expect(values('mes-default@1', 2)).toEqual([10, 8, 4, 2, 1]);
  });
});

describe('bands cover every reachable score exactly once', () => {
  it.each(listTableSets().map((s) => [s.key, s] as const))('%s', (_key, set) => {
    let products = [1];
    for (const factor of set.factors)
      products = products.flatMap((p) => factor.options.map((o) => cleanNumber(p * o.value)));
    for (const score of products)
      expect(
        set.bands.filter((b) => bandContains(b, score)),
        `score ${score}`,
      ).toHaveLength(1);
  });
});

describe('LEC band boundaries', () => {
  it('lec-default@1 (variant A): lower bounds inclusive', () => {
    expectProbes(getTableSet('lec', 'lec-default@1'), [
      [0.05, 'low', GK.slight],
      [19.99, 'low', GK.slight],
      [20, 'low', GK.ordinary],
      [20.01, 'low', GK.ordinary],
      [69.99, 'low', GK.ordinary],
      [70, 'general', GK.notable],
      [70.01, 'general', GK.notable],
      [159.99, 'general', GK.notable],
      [160, 'significant', GK.high],
      [160.01, 'significant', GK.high],
      [319.99, 'significant', GK.high],
      [320, 'major', GK.extreme],
      [320.01, 'major', GK.extreme],
      [10000, 'major', GK.extreme],
    ]);
  });

  it('lec-variant-b@1: upper bounds inclusive, and D = 20 is 低 rather than nothing', () => {
    expectProbes(getTableSet('lec', 'lec-variant-b@1'), [
      [0.05, 'low', GK.slight],
      [19.99, 'low', GK.slight],
      [20, 'low', GK.slight],
      [20.01, 'general', GK.ordinary],
      [69.99, 'general', GK.ordinary],
      [70, 'general', GK.ordinary],
      [70.01, 'significant', GK.notable],
      [159.99, 'significant', GK.notable],
      [160, 'significant', GK.notable],
      [160.01, 'major', GK.high],
      [319.99, 'major', GK.high],
      [320, 'major', GK.high],
      [320.01, 'major', GK.extreme],
    ]);
  });
});

describe('LS band boundaries (integer scores)', () => {
  it('ls-default@1 (LS-1): 1–4 低, 5–10 一般, 11–16 较大, 17–25 重大', () => {
    const set = getTableSet('ls', 'ls-default@1');
    const levels = [1, 3, 4, 5, 6, 9, 10, 11, 12, 15, 16, 17, 18, 24, 25].map((s) => [
      s,
      findBand(set.bands, s).level,
    ]);
    expect(levels).toEqual([
      [1, 'low'],
      [3, 'low'],
      [4, 'low'],
      [5, 'general'],
      [6, 'general'],
      [9, 'general'],
      [10, 'general'],
      [11, 'significant'],
      [12, 'significant'],
      [15, 'significant'],
      [16, 'significant'],
      [17, 'major'],
      [18, 'major'],
      [24, 'major'],
      [25, 'major'],
    ]);
  });

  it('ls-frequency@1 (LS-2): 1–3 低, 4–8 一般, 9–16 较大, 20–25 重大', () => {
    const set = getTableSet('ls', 'ls-frequency@1');
    const levels = [1, 2, 3, 4, 5, 7, 8, 9, 10, 15, 16, 20, 21, 24, 25].map((s) => [
      s,
      findBand(set.bands, s).level,
    ]);
    expect(levels).toEqual([
      [1, 'low'],
      [2, 'low'],
      [3, 'low'],
      [4, 'general'],
      [5, 'general'],
      [7, 'general'],
      [8, 'general'],
      [9, 'significant'],
      [10, 'significant'],
      [15, 'significant'],
      [16, 'significant'],
      [20, 'major'],
      [21, 'major'],
      [24, 'major'],
      [25, 'major'],
    ]);
  });

  it('has no band for products that L × S cannot make', () => {
    for (const score of [0, 0.5, 16.5, 26])
      expect(() => findBand(getTableSet('ls').bands, score)).toThrow(/no band/);
    for (const score of [17, 18, 19])
      expect(() => findBand(getTableSet('ls', 'ls-frequency@1').bands, score)).toThrow(/no band/);
  });
});

describe('MES band boundaries', () => {
  const FIRST = '一级：不可容许（极其危险）';
  const SECOND = '二级：高度危险';
  const THIRD = '三级：显著危险';
  const FOURTH = '四级：一般危险（轻度危险）';
  const FIFTH = '五级：稍有危险';

  it('mes-default@1 (M1): 一级 and 二级 are 重大; R = 180 is 一级', () => {
    expectProbes(getTableSet('mes', 'mes-default@1'), [
      [0.5, 'low', FIFTH],
      [18, 'low', FIFTH],
      [19.99, 'low', FIFTH],
      [20, 'general', FOURTH],
      [20.01, 'general', FOURTH],
      [48, 'general', FOURTH],
      [49.99, 'general', FOURTH],
      [50, 'significant', THIRD],
      [50.01, 'significant', THIRD],
      [80, 'significant', THIRD],
      [89.99, 'significant', THIRD],
      [90, 'major', SECOND],
      [90.01, 'major', SECOND],
      [150, 'major', SECOND],
      [179.99, 'major', SECOND],
      [180, 'major', FIRST],
      [180.01, 'major', FIRST],
      [500, 'major', FIRST],
    ]);
  });

  it('mes-m3@1 (M3): one level per band, 四级 and 五级 both 低', () => {
    expectProbes(getTableSet('mes', 'mes-m3@1'), [
      [19.99, 'low', FIFTH],
      [20, 'low', FOURTH],
      [20.01, 'low', FOURTH],
      [49.99, 'low', FOURTH],
      [50, 'general', THIRD],
      [50.01, 'general', THIRD],
      [89.99, 'general', THIRD],
      [90, 'significant', SECOND],
      [90.01, 'significant', SECOND],
      [179.99, 'significant', SECOND],
      [180, 'major', FIRST],
      [180.01, 'major', FIRST],
    ]);
  });
});

describe('helpers', () => {
  it('formats a band as people write it', () => {
    const [top, second, , , bottom] = getTableSet('lec').bands;
    expect(top && formatBand(top, 'D')).toBe('D ≥ 320');
    expect(second && formatBand(second, 'D')).toBe('160 ≤ D < 320');
    expect(bottom && formatBand(bottom, 'D')).toBe('D < 20');
    const b = getTableSet('lec', 'lec-variant-b@1').bands;
    expect(b[0] && formatBand(b[0], 'D')).toBe('D > 320');
    expect(b[1] && formatBand(b[1], 'D')).toBe('160 < D ≤ 320');
    expect(b[4] && formatBand(b[4], 'D')).toBe('D ≤ 20');
  });

  it('cleans binary noise from products', () => {
    expect(0.1 * 3).not.toBe(0.3);
    expect(cleanNumber(0.1 * 3)).toBe(0.3);
    expect(cleanNumber(0.2 * 6 * 100)).toBe(120);
    expect(cleanNumber(0.1 + 0.2 + 0.7)).toBe(1);
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
