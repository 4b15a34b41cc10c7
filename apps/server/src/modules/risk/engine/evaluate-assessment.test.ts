import { directReason, directReasonLevel } from '@shuangkong/contracts';
import type { AssessmentInput } from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import { EngineValidationError } from './engine.errors.ts';
import { evaluateAssessment } from './evaluate-assessment.ts';
import { getTableSet, listTableSets } from './factor-tables.ts';
import { cleanNumber, findBand } from './table-set.ts';

function validationError(fn: () => unknown): EngineValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof EngineValidationError) return error;
    throw error;
  }
  throw new Error('expected an EngineValidationError');
}

describe('LEC', () => {
  it('scores D = L × E × C and bands it with the default table', () => {
    const result = evaluateAssessment({ method: 'lec', inputs: { l: 6, e: 3, c: 15 } });
    expect(result).toEqual({
      method: 'lec',
      score: 270,
      level: 'significant',
      color: 'orange',
      tableVersion: 'lec-default@1',
      band: { min: 160, max: 320, minInclusive: true, maxInclusive: false, label: '高度危险，要立即整改' },
      explanation:
        'LEC：D = L × E × C = 6 × 3 × 15 = 270，落在 160 ≤ D < 320（高度危险，要立即整改），判定为较大风险（橙色）。评价表：lec-default@1。',
    });
  });

  it('reaches 重大 at the top of the scale', () => {
    expect(evaluateAssessment({ method: 'lec', inputs: { l: 10, e: 10, c: 40 } })).toMatchObject({
      score: 4000,
      level: 'major',
      color: 'red',
    });
    expect(evaluateAssessment({ method: 'lec', inputs: { l: 6, e: 6, c: 15 } })).toMatchObject({
      score: 540,
      level: 'major',
    });
  });

  it('reports decimal products without binary noise', () => {
    expect(evaluateAssessment({ method: 'lec', inputs: { l: 0.1, e: 3, c: 1 } }).score).toBe(0.3);
    expect(evaluateAssessment({ method: 'lec', inputs: { l: 0.2, e: 6, c: 100 } }).score).toBe(120);
  });

  it('D = 20 (10 × 2 × 1) and D = 70 (1 × 10 × 7), the reachable boundaries, under both variants', () => {
    const d20 = { method: 'lec', inputs: { l: 10, e: 2, c: 1 } } as const;
    const d70 = { method: 'lec', inputs: { l: 1, e: 10, c: 7 } } as const;
    const b = getTableSet('lec', 'lec-variant-b@1');
    expect(evaluateAssessment(d20)).toMatchObject({
      score: 20,
      level: 'low',
      band: { label: '可能危险，需要注意' },
    });
    expect(evaluateAssessment(d20, b)).toMatchObject({
      score: 20,
      level: 'low',
      tableVersion: 'lec-variant-b@1',
      band: { label: '稍有危险，可以接受' },
    });
    expect(evaluateAssessment(d70)).toMatchObject({ score: 70, level: 'general' });
    expect(evaluateAssessment(d70, b)).toMatchObject({ score: 70, level: 'general' });
  });

  it('the stricter variant B calls 160 < D ≤ 320 重大', () => {
    const input: AssessmentInput = { method: 'lec', inputs: { l: 6, e: 3, c: 15 } };
    expect(evaluateAssessment(input, getTableSet('lec', 'lec-variant-b@1'))).toMatchObject({
      score: 270,
      level: 'major',
      color: 'red',
    });
  });
});

describe('LS', () => {
  it.each([
    [4, 4, 16, 'significant', 'significant'],
    [4, 5, 20, 'major', 'major'],
    [3, 4, 12, 'significant', 'significant'],
    [2, 5, 10, 'general', 'significant'],
    [3, 3, 9, 'general', 'significant'],
    [2, 2, 4, 'low', 'general'],
    [1, 3, 3, 'low', 'low'],
    [5, 5, 25, 'major', 'major'],
  ] as const)('L %i × S %i = %i → %s (LS-1), %s (LS-2)', (l, s, score, levelCriteria, levelFrequency) => {
    const input: AssessmentInput = { method: 'ls', inputs: { l, s } };
    expect(evaluateAssessment(input)).toMatchObject({
      score,
      level: levelCriteria,
      tableVersion: 'ls-default@1',
    });
    expect(evaluateAssessment(input, getTableSet('ls', 'ls-frequency@1'))).toMatchObject({
      score,
      level: levelFrequency,
      tableVersion: 'ls-frequency@1',
    });
  });

  it('explains with R = L × S', () => {
    expect(evaluateAssessment({ method: 'ls', inputs: { l: 4, s: 5 } }).explanation).toBe(
      'LS：R = L × S = 4 × 5 = 20，落在 17 ≤ R ≤ 25（Ⅰ级 关键风险，立即停止作业），判定为重大风险（红色）。评价表：ls-default@1。',
    );
  });
});

describe('MES', () => {
  it.each([
    [3, 6, 10, 180, 'major', 'major'],
    [5, 10, 10, 500, 'major', 'major'],
    [3, 3, 10, 90, 'major', 'significant'],
    [5, 2, 8, 80, 'significant', 'general'],
    [5, 10, 1, 50, 'significant', 'general'],
    [3, 2, 8, 48, 'general', 'low'],
    [5, 2, 2, 20, 'general', 'low'],
    [3, 6, 1, 18, 'low', 'low'],
    [1, 0.5, 1, 0.5, 'low', 'low'],
  ] as const)('M %d × E %d × S %d = %d → %s (M1), %s (M3)', (m, e, s, score, levelM1, levelM3) => {
    const input: AssessmentInput = { method: 'mes', inputs: { m, e, s } };
    expect(evaluateAssessment(input)).toMatchObject({ score, level: levelM1, tableVersion: 'mes-default@1' });
    expect(evaluateAssessment(input, getTableSet('mes', 'mes-m3@1'))).toMatchObject({
      score,
      level: levelM3,
    });
  });
});

describe('every allowed combination of every table set', () => {
  it.each(listTableSets().map((s) => [s.key, s] as const))('%s evaluates without error', (_key, set) => {
    let combos: Record<string, number>[] = [{}];
    for (const factor of set.factors)
      combos = combos.flatMap((c) => factor.options.map((o) => ({ ...c, [factor.key]: o.value })));
    for (const inputs of combos) {
      const input = toInput(set.method, inputs);
      const result = evaluateAssessment(input, set);
      const expected = cleanNumber(Object.values(inputs).reduce((p, v) => p * v, 1));
      expect(result.score).toBe(expected);
      expect(result.level).toBe(findBand(set.bands, expected).level);
    }
  });
});

describe('rejected factor values', () => {
  // Every value any factor of the method allows, plus values no table allows: a value valid for C
  // but sent as E is the mix-up STANDARDS §1.1 warns about.
  const offTable = [0, -1, 0.3, 2.5, 4, 11, 1000, Number.NaN, Number.POSITIVE_INFINITY];

  for (const set of listTableSets()) {
    for (const factor of set.factors) {
      const allowed = new Set(factor.options.map((o) => o.value));
      const candidates = [
        ...new Set([...set.factors.flatMap((f) => f.options.map((o) => o.value)), ...offTable]),
      ].filter((v) => !allowed.has(v));
      it(`${set.key} rejects ${factor.symbol} ∈ {${candidates.join(', ')}} on inputs.${factor.key}`, () => {
        for (const bad of candidates) {
          const inputs: Record<string, number> = Object.fromEntries(
            set.factors.map((f) => [f.key, f.options[0]?.value ?? 1]),
          );
          inputs[factor.key] = bad;
          const error = validationError(() => evaluateAssessment(toInput(set.method, inputs), set));
          expect(error.field).toBe(`inputs.${factor.key}`);
          expect(error.reason).toContain(set.key);
        }
      });
    }
  }
});

describe('direct determination', () => {
  it('takes 重大 for a major source', () => {
    expect(
      evaluateAssessment({ method: 'direct', inputs: { level: 'major', reason: 'majorSource' } }),
    ).toEqual({
      method: 'direct',
      score: null,
      level: 'major',
      color: 'red',
      tableVersion: 'direct@1',
      band: null,
      explanation: '直接判定：构成重大危险源，判定为重大风险（红色）。',
    });
  });

  it('takes 重大 for a met major-hazard criterion, with a note', () => {
    const result = evaluateAssessment({
      method: 'direct',
      inputs: { level: 'major', reason: 'majorCriterion', note: '化工 第3条' },
    });
    expect(result).toMatchObject({ level: 'major', color: 'red' });
    expect(result.explanation).toBe(
      '直接判定：符合重大事故隐患判定标准，判定为重大风险（红色）。说明：化工 第3条',
    );
  });

  it.each(['significant', 'general', 'low'] as const)(
    'refuses %s for a major source or major criterion',
    (level) => {
      expect(
        validationError(() =>
          evaluateAssessment({ method: 'direct', inputs: { level, reason: 'majorSource' } }),
        ).field,
      ).toBe('inputs.level');
      expect(
        validationError(() =>
          evaluateAssessment({ method: 'direct', inputs: { level, reason: 'majorCriterion' } }),
        ).field,
      ).toBe('inputs.level');
    },
  );

  it.each(directReason.options.filter((r) => directReasonLevel[r] !== null))(
    'ground %s sets its named level: the level it names passes, any other is refused',
    (reason) => {
      const named = directReasonLevel[reason];
      expect(evaluateAssessment({ method: 'direct', inputs: { level: 'major', reason } })).toMatchObject({
        level: named,
      });
      for (const level of ['significant', 'general', 'low'] as const) {
        expect(
          validationError(() => evaluateAssessment({ method: 'direct', inputs: { level, reason } })).field,
        ).toBe('inputs.level');
      }
    },
  );

  it.each(['major', 'significant', 'general', 'low'] as const)(
    'accepts %s for another reason given a note',
    (level) => {
      expect(
        evaluateAssessment({ method: 'direct', inputs: { level, reason: 'other', note: '专家判定' } }),
      ).toMatchObject({ level, score: null });
    },
  );

  it('requires a note for reason other', () => {
    expect(
      validationError(() =>
        evaluateAssessment({ method: 'direct', inputs: { level: 'low', reason: 'other' } }),
      ).field,
    ).toBe('inputs.note');
    expect(
      validationError(() =>
        evaluateAssessment({ method: 'direct', inputs: { level: 'low', reason: 'other', note: '   ' } }),
      ).field,
    ).toBe('inputs.note');
  });
});

describe('table override', () => {
  it('refuses a table set of another method as a programming error', () => {
    expect(() =>
      evaluateAssessment({ method: 'lec', inputs: { l: 6, e: 3, c: 15 } }, getTableSet('mes')),
    ).toThrow(/mes-default@1 is for mes/);
    expect(() =>
      evaluateAssessment({ method: 'lec', inputs: { l: 6, e: 3, c: 15 } }, getTableSet('mes')),
    ).not.toThrow(EngineValidationError);
  });
});

function toInput(method: 'lec' | 'ls' | 'mes', v: Record<string, number>): AssessmentInput {
  const get = (key: string) => v[key] ?? Number.NaN;
  if (method === 'lec') return { method, inputs: { l: get('l'), e: get('e'), c: get('c') } };
  if (method === 'ls') return { method, inputs: { l: get('l'), s: get('s') } };
  return { method, inputs: { m: get('m'), e: get('e'), s: get('s') } };
}
