import { z } from 'zod';

/** Hierarchy of controls, most preferred first (消除 → 个体防护). */
export const controlHierarchy = z.enum([
  'elimination',
  'substitution',
  'engineering',
  'administrative',
  'ppe',
]);
export type ControlHierarchy = z.infer<typeof controlHierarchy>;

export const controlHierarchyLabelZh: Readonly<Record<ControlHierarchy, string>> = {
  elimination: '消除',
  substitution: '替代',
  engineering: '工程控制',
  administrative: '管理控制',
  ppe: '个体防护',
};

/** 1 = most preferred. PPE is the last resort because it protects one person and fails silently. */
export const controlHierarchyPreference: Readonly<Record<ControlHierarchy, number>> = {
  elimination: 1,
  substitution: 2,
  engineering: 3,
  administrative: 4,
  ppe: 5,
};

/** Sort comparator: more preferred measures first. */
export function compareControlHierarchy(a: ControlHierarchy, b: ControlHierarchy): number {
  return controlHierarchyPreference[a] - controlHierarchyPreference[b];
}

/** National data-access `classify1` (STANDARDS §1.4 / §5.1), codes as printed. */
export const measureClassify1 = z.enum(['1', '2', '3', '4']);
export type MeasureClassify1 = z.infer<typeof measureClassify1>;

export const measureClassify1LabelZh: Readonly<Record<MeasureClassify1, string>> = {
  '1': '工程技术',
  '2': '维护保养',
  '3': '操作行为',
  '4': '应急措施',
};

/** National data-access `classify2`, codes as printed; the part before '-' is its classify1. */
export const measureClassify2 = z.enum([
  '1-1',
  '1-2',
  '1-3',
  '1-4',
  '1-5',
  '2-1',
  '2-2',
  '2-3',
  '3-1',
  '3-2',
  '3-3',
  '3-4',
  '4-1',
  '4-2',
  '4-3',
  '4-4',
  '4-5',
]);
export type MeasureClassify2 = z.infer<typeof measureClassify2>;

export const measureClassify2LabelZh: Readonly<Record<MeasureClassify2, string>> = {
  '1-1': '工艺控制',
  '1-2': '关键设备/部件',
  '1-3': '安全附件',
  '1-4': '安全仪表',
  '1-5': '其他',
  '2-1': '动设备',
  '2-2': '静设备',
  '2-3': '其他',
  '3-1': '人员资质',
  '3-2': '操作记录',
  '3-3': '交接班',
  '3-4': '其他',
  '4-1': '应急设施',
  '4-2': '个体防护',
  '4-3': '消防设施',
  '4-4': '应急预案',
  '4-5': '其他',
};

/** The classify1 a classify2 code belongs to. */
export function measureClassify1Of(code: MeasureClassify2): MeasureClassify1 {
  return measureClassify1.parse(code.split('-')[0]);
}

/**
 * Field lengths of the national data-access layout: a longer value cannot be reported to the
 * provincial platform, so input stops there with a message that says why.
 */
export const NATIONAL_LIMITS = {
  /** classify3, free text. */
  classify3: 100,
  /** troubleshootContent: what a check of the measure looks at. */
  troubleshootContent: 1000,
  /** A responsible person's name (hazardLiablePerson and the like). */
  personName: 20,
  /**
   * Names of the chain's records (object, unit, event) and a measure's description
   * (riskMeasureDesc). The specification's column widths were not available to us; these are the
   * widths the implementations we read report with [P]. Ours allow more at input, so readiness
   * names the limit instead of refusing the text.
   */
  recordName: 100,
  measureContent: 1000,
} as const;

/** The classify2 codes under one classify1, in code order (the "other" code last). */
export function measureClassify2Under(classify1: MeasureClassify1): MeasureClassify2[] {
  return measureClassify2.options.filter((code) => code.startsWith(`${classify1}-`));
}

/** The spec leaves classify3 as free text, at most 100 characters. */
export const measureClassify3 = z
  .string()
  .trim()
  .max(NATIONAL_LIMITS.classify3, {
    message: `at most ${NATIONAL_LIMITS.classify3} characters (national data-access limit)`,
  });

/** A classification pair whose classify2 must sit under its classify1. */
export const measureClassification = z
  .object({
    classify1: measureClassify1,
    classify2: measureClassify2,
    classify3: measureClassify3.optional(),
  })
  .refine((v) => measureClassify1Of(v.classify2) === v.classify1, {
    message: 'classify2 must belong to classify1',
    path: ['classify2'],
  });
export type MeasureClassification = z.infer<typeof measureClassification>;

/** How a measure is kept under control: `dataSrc` 1 自动化监控, 2 隐患排查. */
export const dataSrc = z.enum(['monitoring', 'investigation']);
export type DataSrc = z.infer<typeof dataSrc>;

export const dataSrcNationalCode: Readonly<Record<DataSrc, 1 | 2>> = { monitoring: 1, investigation: 2 };

export const dataSrcLabelZh: Readonly<Record<DataSrc, string>> = {
  monitoring: '自动化监控',
  investigation: '隐患排查',
};

/** 三种状态 considered during identification. */
export const identificationState = z.enum(['normal', 'abnormal', 'emergency']);
export type IdentificationState = z.infer<typeof identificationState>;

export const identificationStateLabelZh: Readonly<Record<IdentificationState, string>> = {
  normal: '正常',
  abnormal: '异常',
  emergency: '紧急',
};

/** 三种时态 considered during identification. */
export const identificationTense = z.enum(['past', 'present', 'future']);
export type IdentificationTense = z.infer<typeof identificationTense>;

export const identificationTenseLabelZh: Readonly<Record<IdentificationTense, string>> = {
  past: '过去',
  present: '现在',
  future: '将来',
};
