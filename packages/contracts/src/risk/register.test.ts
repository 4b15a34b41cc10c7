import { describe, expect, it } from 'vitest';
import {
  assessmentRequest,
  completeAccidentTypes,
  controlMeasureInput,
  measureIssue,
  stewardsInput,
  tierRulesInput,
} from './register.ts';

describe('completeAccidentTypes', () => {
  it('fills the 2025 edition from 1986 and back through the mapping', () => {
    expect(completeAccidentTypes(['015'], [])).toEqual({
      accidentTypes1986: ['015'],
      accidentTypes2025: ['WSA10016', 'WSA10018'],
    });
    expect(completeAccidentTypes([], ['WSA10012'])).toEqual({
      accidentTypes1986: ['010', '011'],
      accidentTypes2025: ['WSA10012'],
    });
  });

  it('keeps both editions as given, and dedupes', () => {
    expect(completeAccidentTypes(['010', '010'], ['WSA10025'])).toEqual({
      accidentTypes1986: ['010'],
      accidentTypes2025: ['WSA10025'],
    });
    expect(completeAccidentTypes([], [])).toEqual({ accidentTypes1986: [], accidentTypes2025: [] });
  });

  it('dedupes what several 1986 categories map to', () => {
    expect(completeAccidentTypes(['016', '017'], []).accidentTypes2025).toEqual(['WSA10014', 'WSA10015']);
  });
});

describe('measureIssue', () => {
  it('requires a hierarchy for a control measure only', () => {
    expect(measureIssue({ kind: 'control' })?.field).toBe('hierarchy');
    expect(measureIssue({ kind: 'emergency' })).toBeNull();
    expect(measureIssue({ kind: 'control', hierarchy: 'ppe' })).toBeNull();
  });

  it('requires classify2 to sit under classify1', () => {
    expect(measureIssue({ kind: 'emergency', classify1: '4', classify2: '4-1' })).toBeNull();
    expect(measureIssue({ kind: 'emergency', classify1: '1', classify2: '4-1' })?.field).toBe('classify2');
    expect(measureIssue({ kind: 'emergency', classify2: '4-1' })?.field).toBe('classify1');
    expect(measureIssue({ kind: 'emergency', classify1: '1', classify2: '9-9' })?.field).toBe('classify2');
    expect(measureIssue({ kind: 'emergency', classify1: '1' })).toBeNull();
  });

  it('drives the input schema with the same paths', () => {
    const r = controlMeasureInput.safeParse({ kind: 'control', content: '甲' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['hierarchy']);
  });
});

describe('stewardsInput', () => {
  const s = (role: string) => ({ role, name: '张三', phone: '13800000001' });
  it('accepts exactly one of each role in any order', () => {
    expect(
      stewardsInput.safeParse({ stewards: [s('operational'), s('principal'), s('technical')] }).success,
    ).toBe(true);
  });
  it('refuses a missing, duplicated or extra role at path stewards', () => {
    for (const stewards of [
      [s('principal'), s('technical')],
      [s('principal'), s('technical'), s('technical')],
      [s('principal'), s('technical'), s('operational'), s('operational')],
    ]) {
      const r = stewardsInput.safeParse({ stewards });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(['stewards']);
    }
  });
});

describe('request schemas', () => {
  it('carries the kind with each method', () => {
    expect(
      assessmentRequest.safeParse({ kind: 'residual', method: 'ls', inputs: { l: 2, s: 3 } }).success,
    ).toBe(true);
    expect(assessmentRequest.safeParse({ kind: 'later', method: 'ls', inputs: { l: 2, s: 3 } }).success).toBe(
      false,
    );
  });
  it('allows each level once in tier rules', () => {
    expect(tierRulesInput.safeParse({ rules: [{ level: 'low', tier: 'post' }] }).success).toBe(true);
    expect(
      tierRulesInput.safeParse({
        rules: [
          { level: 'low', tier: 'post' },
          { level: 'low', tier: 'team' },
        ],
      }).success,
    ).toBe(false);
  });
});
