import { describe, expect, it } from 'vitest';
import {
  compareControlHierarchy,
  controlHierarchy,
  controlHierarchyLabelZh,
  dataSrc,
  dataSrcNationalCode,
  identificationState,
  identificationStateLabelZh,
  identificationTense,
  identificationTenseLabelZh,
  measureClassification,
  measureClassify1,
  measureClassify1Of,
  measureClassify2,
  measureClassify2LabelZh,
  measureClassify2Under,
  measureClassify3,
  NATIONAL_LIMITS,
} from './measures.ts';
import { controlMeasureInput } from './register.ts';

describe('control measures', () => {
  it('orders the hierarchy from elimination to PPE', () => {
    const shuffled = controlHierarchy
      .array()
      .parse(['ppe', 'engineering', 'elimination', 'administrative', 'substitution']);
    expect(shuffled.sort(compareControlHierarchy)).toEqual(controlHierarchy.options);
    expect(controlHierarchyLabelZh.engineering).toBe('工程控制');
  });

  it('nests every classify2 under an existing classify1', () => {
    for (const code of measureClassify2.options)
      expect(measureClassify1.options).toContain(measureClassify1Of(code));
    expect(measureClassify2.options.filter((c) => measureClassify1Of(c) === '4')).toHaveLength(5);
    expect(measureClassify2LabelZh['1-4']).toBe('安全仪表');
  });

  it('rejects a classify2 under the wrong classify1', () => {
    expect(measureClassification.safeParse({ classify1: '1', classify2: '1-3' }).success).toBe(true);
    const wrong = measureClassification.safeParse({ classify1: '2', classify2: '1-3' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(['classify2']);
  });

  it('carries the national dataSrc codes', () => {
    expect(dataSrc.options.map((d) => dataSrcNationalCode[d])).toEqual([1, 2]);
  });

  it('names the three states and three tenses', () => {
    expect(identificationState.options.map((s) => identificationStateLabelZh[s])).toEqual([
      '正常',
      '异常',
      '紧急',
    ]);
    expect(identificationTense.options.map((t) => identificationTenseLabelZh[t])).toEqual([
      '过去',
      '现在',
      '将来',
    ]);
  });
});

describe('national code lists and field lengths', () => {
  it('has an "other" classify2 under every classify1, listed last', () => {
    expect(measureClassify2Under('1')).toEqual(['1-1', '1-2', '1-3', '1-4', '1-5']);
    expect(measureClassify2Under('2')).toEqual(['2-1', '2-2', '2-3']);
    expect(measureClassify2Under('3')).toEqual(['3-1', '3-2', '3-3', '3-4']);
    expect(measureClassify2Under('4')).toEqual(['4-1', '4-2', '4-3', '4-4', '4-5']);
    for (const c1 of measureClassify1.options) {
      const codes = measureClassify2Under(c1);
      expect(measureClassify2LabelZh[codes[codes.length - 1]!]).toBe('其他');
    }
  });

  it('stops classify3 and the check content at the national limits, naming the limit', () => {
    expect(measureClassify3.safeParse('甲'.repeat(100)).success).toBe(true);
    const long = measureClassify3.safeParse('甲'.repeat(101));
    expect(long.error?.issues[0]?.message).toContain('national data-access limit');
    const measure = { kind: 'emergency' as const, content: '配备正压式空气呼吸器' };
    expect(controlMeasureInput.safeParse({ ...measure, troubleshootContent: 'x'.repeat(1000) }).success).toBe(
      true,
    );
    const tooLong = controlMeasureInput.safeParse({ ...measure, troubleshootContent: 'x'.repeat(1001) });
    expect(tooLong.error?.issues[0]?.path).toEqual(['troubleshootContent']);
    expect(NATIONAL_LIMITS).toMatchObject({ classify3: 100, troubleshootContent: 1000, personName: 20 });
  });
});
