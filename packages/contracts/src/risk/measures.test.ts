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
} from './measures.ts';

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
