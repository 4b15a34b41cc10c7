import { describe, expect, it } from 'vitest';
import { assessmentInput, assessmentResult, majorSourceInput, scoredAssessmentMethod } from './assessment.ts';

describe('assessment input schema', () => {
  it('discriminates on method', () => {
    expect(assessmentInput.parse({ method: 'lec', inputs: { l: 6, e: 3, c: 15 } })).toEqual({
      method: 'lec',
      inputs: { l: 6, e: 3, c: 15 },
    });
    expect(assessmentInput.safeParse({ method: 'ls', inputs: { l: 3, s: 4 } }).success).toBe(true);
    expect(assessmentInput.safeParse({ method: 'mes', inputs: { m: 3, e: 0.5, s: 8 } }).success).toBe(true);
    expect(
      assessmentInput.safeParse({ method: 'direct', inputs: { level: 'major', reason: 'majorSource' } })
        .success,
    ).toBe(true);
  });

  it('rejects an unknown method or the wrong inputs for a method, naming the path', () => {
    expect(assessmentInput.safeParse({ method: 'hazop', inputs: {} }).success).toBe(false);
    const wrong = assessmentInput.safeParse({ method: 'lec', inputs: { l: 6, e: 3 } });
    expect(wrong.error?.issues[0]?.path).toEqual(['inputs', 'c']);
    expect(assessmentInput.safeParse({ method: 'ls', inputs: { l: 2.5, s: 4 } }).success).toBe(false);
    expect(assessmentInput.safeParse({ method: 'lec', inputs: { l: 0, e: 3, c: 15 } }).success).toBe(false);
    expect(
      assessmentInput.safeParse({ method: 'direct', inputs: { level: 'red', reason: 'other' } }).success,
    ).toBe(false);
  });

  it('leaves direct out of the scored methods', () => {
    expect(scoredAssessmentMethod.options).toEqual(['lec', 'ls', 'mes']);
  });

  it('accepts a direct result without score or band', () => {
    const result = {
      method: 'direct',
      score: null,
      level: 'major',
      color: 'red',
      tableVersion: 'direct@1',
      band: null,
      explanation: '…',
    };
    expect(assessmentResult.safeParse(result).success).toBe(true);
  });
});

describe('major source input schema', () => {
  const valid = {
    substances: [
      { code: 'T1-12', quantityTonnes: 5 },
      { code: 'W5.3', quantityTonnes: 100, hazardClasses: ['J5'] },
    ],
    exposedPopulation: 0,
  };

  it('accepts 表1 codes and 表2 classes', () => {
    expect(majorSourceInput.safeParse(valid).success).toBe(true);
  });

  it.each([
    [{ ...valid, substances: [] }, ['substances']],
    [{ ...valid, exposedPopulation: -1 }, ['exposedPopulation']],
    [{ ...valid, exposedPopulation: 2.5 }, ['exposedPopulation']],
    [{ ...valid, substances: [{ code: 'T1-99', quantityTonnes: 1 }] }, ['substances', 0, 'code']],
    [
      { ...valid, substances: [{ code: 'T1-01', quantityTonnes: -0.1 }] },
      ['substances', 0, 'quantityTonnes'],
    ],
    [
      { ...valid, substances: [{ code: 'T1-01', quantityTonnes: 1, hazardClasses: ['T1-02'] }] },
      ['substances', 0, 'hazardClasses', 0],
    ],
  ])('rejects %j at its path', (input, path) => {
    const result = majorSourceInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});
