import { describe, expect, it } from 'vitest';
import {
  formatInputs,
  fromStoredInputs,
  toAssessmentRequest,
  toEvaluateRequest,
  toEventInput,
  toMeasureInput,
} from './form-mapping.ts';

describe('assessment form → request', () => {
  it('waits until every factor is picked', () => {
    expect(toEvaluateRequest({ method: 'lec', factors: { l: 6, e: 3 } })).toBeNull();
    expect(toEvaluateRequest({ method: 'lec', factors: { l: 6, e: 3, c: 15 } })).toEqual({
      method: 'lec',
      inputs: { l: 6, e: 3, c: 15 },
    });
    expect(
      toEvaluateRequest({ method: 'ls', factors: { l: 4, s: 5 }, tableVersion: 'ls-default@1' }),
    ).toEqual({
      method: 'ls',
      inputs: { l: 4, s: 5 },
      tableVersion: 'ls-default@1',
    });
    expect(toEvaluateRequest({ method: 'mes', factors: { m: 3, e: 2, s: 1 } })?.inputs).toEqual({
      m: 3,
      e: 2,
      s: 1,
    });
  });

  it('maps direct determination', () => {
    expect(toEvaluateRequest({ method: 'direct', factors: {}, directLevel: 'major' })).toBeNull();
    expect(
      toEvaluateRequest({
        method: 'direct',
        factors: {},
        directLevel: 'major',
        directReason: 'majorSource',
        directNote: '  ',
      }),
    ).toEqual({ method: 'direct', inputs: { level: 'major', reason: 'majorSource' } });
  });

  it('adds the kind and drops the table key for the stored assessment', () => {
    expect(
      toAssessmentRequest({ method: 'lec', factors: { l: 1, e: 1, c: 1 }, tableVersion: 'x' }, 'residual'),
    ).toEqual({
      kind: 'residual',
      method: 'lec',
      inputs: { l: 1, e: 1, c: 1 },
    });
  });

  it('restores stored inputs', () => {
    expect(fromStoredInputs('ls', { l: 2, s: 3 })).toEqual({ method: 'ls', factors: { l: 2, s: 3 } });
    expect(fromStoredInputs('direct', { level: 'major', reason: 'other' }).directLevel).toBe('major');
    expect(formatInputs({ l: 6, e: 3, c: 15 })).toBe('L=6 E=3 C=15');
  });
});

describe('measure form → request', () => {
  it('drops the hierarchy of emergency measures and a classify2 outside classify1', () => {
    expect(
      toMeasureInput({
        kind: 'emergency',
        hierarchy: 'ppe',
        content: ' 疏散 ',
        classify1: '4',
        classify2: '1-1',
      }),
    ).toMatchObject({
      kind: 'emergency',
      hierarchy: null,
      classify1: '4',
      classify2: null,
      content: '疏散',
    });
    expect(
      toMeasureInput({
        kind: 'control',
        hierarchy: 'engineering',
        content: 'x',
        classify1: '1',
        classify2: '1-4',
      }),
    ).toMatchObject({
      hierarchy: 'engineering',
      classify2: '1-4',
    });
  });
});

describe('event form → request', () => {
  it('dedupes factor codes and fills defaults', () => {
    const input = toEventInput({ name: ' 泄漏 ', factorCodes: ['2101', '2101', '1'] });
    expect(input.name).toBe('泄漏');
    expect(input.factors).toEqual([{ code: '2101' }, { code: '1' }]);
    expect(input.state).toBe('normal');
    expect(input.tense).toBe('present');
  });
});
