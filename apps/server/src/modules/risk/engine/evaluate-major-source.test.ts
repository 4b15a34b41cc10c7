import { describe, expect, it } from 'vitest';
import { evaluateMajorSource, type MajorSourceEngineInput } from './evaluate-major-source.ts';

const SO2 = 'T1-04';
const CL2 = 'T1-12';
const NH3 = 'T1-01';

function unit(
  substances: MajorSourceEngineInput['substances'],
  exposedPopulation = 0,
): MajorSourceEngineInput {
  return { substances, exposedPopulation };
}

describe('STANDARDS §4.5 worked examples', () => {
  it('1: SO₂ 200 t, 60 people → R = 30, 三级', () => {
    const result = evaluateMajorSource(unit([{ code: SO2, quantityTonnes: 200 }], 60));
    expect(result).toMatchObject({
      s: 10,
      isMajorSource: true,
      alpha: 1.5,
      r: 30,
      grade: 3,
      gradeLabel: '三级',
      tableVersion: 'gb18218-2018@1',
    });
    expect(result.terms).toEqual([
      { code: SO2, name: '二氧化硫', q: 200, Q: 20, beta: 2, betaSource: 'table3', ratio: 10, weighted: 20 },
    ]);
  });

  it('2: Cl₂ 5 t + NH₃ 5 t, nobody around → s = 1.5, R = 2.5, 四级', () => {
    const result = evaluateMajorSource(
      unit(
        [
          { code: CL2, quantityTonnes: 5 },
          { code: NH3, quantityTonnes: 5 },
        ],
        0,
      ),
    );
    expect(result).toMatchObject({
      s: 1.5,
      isMajorSource: true,
      alpha: 0.5,
      r: 2.5,
      grade: 4,
      gradeLabel: '四级',
    });
    expect(result.terms.map((t) => [t.code, t.Q, t.beta, t.ratio, t.weighted])).toEqual([
      [CL2, 5, 4, 1, 4],
      [NH3, 10, 2, 0.5, 1],
    ]);
    expect(result.explanation).toBe(
      's = Σq/Q = 1.5 ≥ 1，构成重大危险源；R = α × Σβq/Q = 0.5 × 5 = 2.5，分级为四级。',
    );
  });

  it('2, boundary: Cl₂ 2.5 t + NH₃ 5 t → s = 1.0 exactly, which is a major source', () => {
    const result = evaluateMajorSource(
      unit(
        [
          { code: CL2, quantityTonnes: 2.5 },
          { code: NH3, quantityTonnes: 5 },
        ],
        0,
      ),
    );
    expect(result).toMatchObject({ s: 1, isMajorSource: true, r: 1.5, grade: 4 });
  });

  it('3: Cl₂ 250 t, 100 or more people → R = 400, 一级', () => {
    expect(evaluateMajorSource(unit([{ code: CL2, quantityTonnes: 250 }], 100))).toMatchObject({
      s: 50,
      alpha: 2,
      r: 400,
      grade: 1,
      gradeLabel: '一级',
    });
    expect(evaluateMajorSource(unit([{ code: CL2, quantityTonnes: 250 }], 1500))).toMatchObject({
      r: 400,
      grade: 1,
    });
  });
});

describe('identification: s = Σq/Q ≥ 1', () => {
  it.each([
    [4.999, false],
    [5, true],
    [5.001, true],
  ])('Cl₂ %d t against Q = 5 t → major source %s', (q, isMajor) => {
    const result = evaluateMajorSource(unit([{ code: CL2, quantityTonnes: q }]));
    expect(result.isMajorSource).toBe(isMajor);
    expect(result.grade === null).toBe(!isMajor);
  });

  it('below the threshold reports s and R but no grade', () => {
    const result = evaluateMajorSource(unit([{ code: CL2, quantityTonnes: 4.9 }], 200));
    expect(result).toMatchObject({ s: 0.98, isMajorSource: false, r: 7.84, grade: null, gradeLabel: null });
    expect(result.explanation).toBe('s = Σq/Q = 0.98 < 1，不构成重大危险源（不分级）。');
  });

  it('counts a sum of decimal ratios that floats to 0.9999999999999999 as exactly 1', () => {
    expect(0.2 + 0.7 + 0.1).toBeLessThan(1);
    const result = evaluateMajorSource(
      unit([
        { code: 'W2', quantityTonnes: 2 },
        { code: 'W2', quantityTonnes: 7 },
        { code: 'W2', quantityTonnes: 1 },
      ]),
    );
    expect(result).toMatchObject({ s: 1, isMajorSource: true });
  });

  it('adds several substances that are each below their Q', () => {
    const result = evaluateMajorSource(
      unit([
        { code: CL2, quantityTonnes: 2 },
        { code: NH3, quantityTonnes: 3 },
        { code: SO2, quantityTonnes: 4 },
      ]),
    );
    expect(result.s).toBe(0.9);
    expect(result.isMajorSource).toBe(false);
    const more = evaluateMajorSource(
      unit([
        { code: CL2, quantityTonnes: 2 },
        { code: NH3, quantityTonnes: 3 },
        { code: SO2, quantityTonnes: 6 },
      ]),
    );
    expect(more).toMatchObject({ s: 1, isMajorSource: true });
  });

  it('accepts q = 0 (an empty tank still listed)', () => {
    expect(evaluateMajorSource(unit([{ code: CL2, quantityTonnes: 0 }]))).toMatchObject({
      s: 0,
      isMajorSource: false,
      grade: null,
    });
  });
});

describe('grading: R = α · Σβ·q/Q', () => {
  // W5.3 has Q = 1000 t and β = 1, and one person gives α = 1, so R is q / 1000.
  it.each([
    [100_000, 100, 1],
    [99_999, 99.999, 2],
    [50_000, 50, 2],
    [49_999, 49.999, 3],
    [10_000, 10, 3],
    [9_999, 9.999, 4],
    [1_000, 1, 4],
  ])('q = %i t of W5.3 → R = %d, grade %i', (q, r, grade) => {
    expect(evaluateMajorSource(unit([{ code: 'W5.3', quantityTonnes: q }], 1))).toMatchObject({ r, grade });
  });

  it.each([
    [0, 0.5],
    [1, 1],
    [29, 1],
    [30, 1.2],
    [49, 1.2],
    [50, 1.5],
    [99, 1.5],
    [100, 2],
  ])('%i people → α = %d', (people, alpha) => {
    const result = evaluateMajorSource(unit([{ code: CL2, quantityTonnes: 5 }], people));
    expect(result.alpha).toBe(alpha);
    expect(result.r).toBe(alpha * 4);
  });

  it('α moves a unit across grades: Cl₂ 125 t is 二级 with 30 people and 一级 with 50', () => {
    expect(evaluateMajorSource(unit([{ code: CL2, quantityTonnes: 62.5 }], 0))).toMatchObject({
      r: 25,
      grade: 3,
    });
    expect(evaluateMajorSource(unit([{ code: CL2, quantityTonnes: 125 }], 30))).toMatchObject({
      r: 120,
      grade: 1,
    });
    expect(evaluateMajorSource(unit([{ code: CL2, quantityTonnes: 62.5 }], 50))).toMatchObject({
      r: 75,
      grade: 2,
    });
  });
});
