import {
  gb18218Table2,
  gb18218Table3Beta,
  gb18218Table4Beta,
  type MajorSourceInput,
} from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import { EngineValidationError } from './engine.errors.ts';
import { evaluateMajorSource, type MajorSourceEngineInput } from './evaluate-major-source.ts';

const CL2 = 'T1-12';
const NH3 = 'T1-01';
const METHANOL = 'T1-65';
const HYDROGEN = 'T1-51';

function unit(
  substances: MajorSourceEngineInput['substances'],
  exposedPopulation = 0,
): MajorSourceEngineInput {
  return { substances, exposedPopulation };
}

function fieldOf(input: MajorSourceEngineInput): string {
  try {
    evaluateMajorSource(input);
  } catch (error) {
    if (error instanceof EngineValidationError) return error.field;
    throw error;
  }
  throw new Error('expected an EngineValidationError');
}

describe('β selection', () => {
  it.each(Object.entries(gb18218Table3Beta))(
    '表3 substance %s uses β = %d, ignoring any class given',
    (code, beta) => {
      const result = evaluateMajorSource(unit([{ code, quantityTonnes: 1, hazardClasses: ['J1'] }]));
      expect(result.terms[0]).toMatchObject({ beta, betaSource: 'table3' });
    },
  );

  it('gives 煤气 the β of CO (2)', () => {
    expect(evaluateMajorSource(unit([{ code: 'T1-13', quantityTonnes: 20 }])).terms[0]).toMatchObject({
      Q: 20,
      beta: 2,
    });
  });

  it.each(gb18218Table2.map((c) => [c.code, c.criticalQuantityT, gb18218Table4Beta[c.code]] as const))(
    '表2 class %s uses Q = %d and 表4 β = %d',
    (code, Q, beta) => {
      expect(evaluateMajorSource(unit([{ code, quantityTonnes: Q }])).terms[0]).toMatchObject({
        Q,
        beta,
        betaSource: 'table4',
        ratio: 1,
      });
    },
  );

  it('a 表1 substance outside 表3 keeps its 表1 Q and takes β from its 表4 class', () => {
    const methanol = evaluateMajorSource(
      unit([{ code: METHANOL, quantityTonnes: 500, hazardClasses: ['W5.3'] }]),
    ).terms[0];
    expect(methanol).toMatchObject({ name: '甲醇', Q: 500, beta: 1, betaSource: 'table4', ratio: 1 });
    const hydrogen = evaluateMajorSource(unit([{ code: HYDROGEN, quantityTonnes: 5, hazardClasses: ['W2'] }]))
      .terms[0];
    expect(hydrogen).toMatchObject({ Q: 5, beta: 1.5, weighted: 1.5 });
  });

  it('a 表1 substance outside 表3 without a class or a default still identifies, but is not graded', () => {
    const result = evaluateMajorSource(
      unit([
        { code: CL2, quantityTonnes: 10 },
        { code: 'T1-53', quantityTonnes: 1 },
      ]),
    );
    expect(result).toMatchObject({
      isMajorSource: true,
      r: null,
      grade: null,
      missingHazardClasses: ['T1-53'],
    });
    expect(result.terms[1]).toMatchObject({ beta: null, betaSource: 'missing', weighted: null });
    expect(result.explanation).toContain('危险性类别');
  });

  it('a common substance outside 表3 takes its usual class by default, and an entered class wins', () => {
    const byDefault = evaluateMajorSource(unit([{ code: METHANOL, quantityTonnes: 500 }]));
    expect(byDefault.terms[0]).toMatchObject({ beta: 1, betaSource: 'default' });
    expect(byDefault).toMatchObject({ s: 1, isMajorSource: true, r: 0.5, grade: 4 });
    const entered = evaluateMajorSource(
      unit([{ code: METHANOL, quantityTonnes: 500, hazardClasses: ['J5'] }]),
    );
    expect(entered.terms[0]).toMatchObject({ betaSource: 'table4' });
  });

  it('several classes: Q is the lowest, β the highest', () => {
    const term = evaluateMajorSource(unit([{ code: 'W2', quantityTonnes: 20, hazardClasses: ['J3'] }]))
      .terms[0];
    expect(term).toMatchObject({ Q: 10, beta: 2, ratio: 2, weighted: 4 });
    const reversed = evaluateMajorSource(unit([{ code: 'J3', quantityTonnes: 20, hazardClasses: ['W2'] }]))
      .terms[0];
    expect(reversed).toMatchObject({ Q: 10, beta: 2 });
    const liquid = evaluateMajorSource(
      unit([{ code: METHANOL, quantityTonnes: 50, hazardClasses: ['W5.3', 'W5.1'] }]),
    ).terms[0];
    expect(liquid).toMatchObject({ Q: 500, beta: 1.5 });
  });
});

describe('input errors name the field', () => {
  it('accepts the contracts input type as is', () => {
    const fromRoute: MajorSourceInput = {
      substances: [{ code: CL2, quantityTonnes: 5, hazardClasses: ['W4'] }],
      exposedPopulation: 3,
    };
    expect(evaluateMajorSource(fromRoute).grade).toBe(4);
  });

  const ok = { code: CL2, quantityTonnes: 1 };

  it('q < 0', () => {
    expect(fieldOf(unit([ok, { code: NH3, quantityTonnes: -0.001 }]))).toBe('substances.1.quantityTonnes');
  });

  it('a 表1 substance on two lines, while a 表2 class may repeat', () => {
    expect(fieldOf(unit([ok, { code: NH3, quantityTonnes: 1 }, ok]))).toBe('substances.2.code');
    expect(
      evaluateMajorSource(
        unit([
          { code: 'W2', quantityTonnes: 2 },
          { code: 'W2', quantityTonnes: 8 },
        ]),
      ),
    ).toMatchObject({ s: 1 });
  });

  it('q not a finite number', () => {
    expect(fieldOf(unit([{ code: NH3, quantityTonnes: Number.NaN }]))).toBe('substances.0.quantityTonnes');
    expect(fieldOf(unit([{ code: NH3, quantityTonnes: Number.POSITIVE_INFINITY }]))).toBe(
      'substances.0.quantityTonnes',
    );
  });

  it.each(['T1-86', 'T1-00', 'T1-1', 'W12', 'w5.3', '氯', '7782-50-5', ''])('unknown code %j', (code) => {
    expect(fieldOf(unit([ok, { code, quantityTonnes: 1 }]))).toBe('substances.1.code');
  });

  it('unknown or non-表2 hazard class', () => {
    expect(fieldOf(unit([{ code: 'W2', quantityTonnes: 1, hazardClasses: ['J1', 'J9'] }]))).toBe(
      'substances.0.hazardClasses.1',
    );
    expect(fieldOf(unit([{ code: METHANOL, quantityTonnes: 1, hazardClasses: [CL2] }]))).toBe(
      'substances.0.hazardClasses.0',
    );
  });

  it('negative or fractional population', () => {
    expect(fieldOf(unit([ok], -1))).toBe('exposedPopulation');
    expect(fieldOf(unit([ok], 1.5))).toBe('exposedPopulation');
  });

  it('an empty unit is missing data, not "not a major source"', () => {
    expect(fieldOf(unit([]))).toBe('substances');
  });

  it('reports the reason too', () => {
    try {
      evaluateMajorSource(unit([{ code: 'T1-99', quantityTonnes: 1 }]));
    } catch (error) {
      expect(error).toBeInstanceOf(EngineValidationError);
      expect(error).toMatchObject({ field: 'substances.0.code', message: expect.stringContaining('T1-99') });
    }
  });
});
