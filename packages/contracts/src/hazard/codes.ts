import { z } from 'zod';

/** 隐患等级 (dangerLevel): the data spec codes 0 一般 / 1 重大. An enum so a third tier can be added. */
export const hazardGrade = z.enum(['general', 'major']);
export type HazardGrade = z.infer<typeof hazardGrade>;
export const hazardGradeCode: Record<HazardGrade, number> = { general: 0, major: 1 };

/** 隐患来源 (dangerSrc), national codes 1–10. */
export const dangerSrcNames = {
  1: '日常排查',
  2: '综合性排查',
  3: '专业性排查',
  4: '季节性排查',
  5: '重点时段及节假日前排查',
  6: '事故类比排查',
  7: '复产复工前排查',
  8: '外聘专家诊断式排查',
  9: '管控措施失效',
  10: '其他',
} as const;
export const dangerSrc = z.number().int().min(1).max(10);
export type DangerSrc = z.infer<typeof dangerSrc>;
/** Routine inspection, the source of hazards raised by an abnormal check answer. */
export const dangerSrcRoutine = 1;
/** An employee's quick report (随手拍) has no investigation behind it: 其他. */
export const dangerSrcEmployeeReport = 10;

/** 隐患类型 (hazardDangerType), national codes 1–8. */
export const hazardTypeNames = {
  1: '安全',
  2: '工艺',
  3: '电气',
  4: '仪表',
  5: '消防',
  6: '总图',
  7: '设备',
  8: '其他',
} as const;
export const hazardType = z.number().int().min(1).max(8);
export type HazardType = z.infer<typeof hazardType>;

/** 管理分类 (managementClassification), codes 1–3. */
export const managementClassificationNames = {
  1: '人的不安全行为',
  2: '物的不安全状态',
  3: '管理上的缺陷',
} as const;
export const managementClassification = z.number().int().min(1).max(3);
export type ManagementClassification = z.infer<typeof managementClassification>;

/** 产生环节 (occurrenceLink), codes 1–10. */
export const occurrenceLinkNames = {
  1: '设计',
  2: '产品质量缺陷',
  3: '仓储',
  4: '项目施工',
  5: '开停车',
  6: '使用操作',
  7: '维护保养',
  8: '维修',
  9: '变更',
  10: '运输',
} as const;
export const occurrenceLink = z.number().int().min(1).max(10);
export type OccurrenceLink = z.infer<typeof occurrenceLink>;

/** 治理类型 (dangerManageType): 0 即查即改 / 1 限期整改. */
export const rectificationType = z.enum(['immediate', 'deadline']);
export type RectificationType = z.infer<typeof rectificationType>;
export const rectificationTypeCode: Record<RectificationType, number> = { immediate: 0, deadline: 1 };

/** Who found it (seed 000 九: self-inspection, regulator, tip-off, other). */
export const hazardFoundBy = z.enum(['self', 'regulator', 'tip', 'other']);
export type HazardFoundBy = z.infer<typeof hazardFoundBy>;

/**
 * Lifecycle states (STANDARDS §7.2). Overdue is a derived flag, not a state.
 * `merged` is a duplicate folded into another hazard; `handedOver` is a closed-for-the-enterprise
 * major hazard waiting for the regulator's verification.
 */
export const hazardState = z.enum([
  'reported',
  'confirmed',
  'rectifying',
  'accepting',
  'closed',
  'rejected',
  'voided',
  'merged',
  'handedOver',
]);
export type HazardState = z.infer<typeof hazardState>;

/**
 * The states' Chinese names, the one table every place that names a state in print uses (the
 * workbooks, the archive pages, the web's texts), so a closed hazard never reads differently.
 */
export const hazardStateNames: Record<HazardState, string> = {
  reported: '待确认',
  confirmed: '已确认',
  rectifying: '整改中',
  accepting: '待验收',
  closed: '已验收',
  rejected: '已驳回',
  voided: '已作废',
  merged: '已合并',
  handedOver: '已移交核查',
};

/** The spec's dangerState code where one exists (0 整改中, 1 待验收, 9 已验收). */
export const hazardStateCode: Partial<Record<HazardState, number>> = {
  rectifying: 0,
  accepting: 1,
  closed: 9,
  handedOver: 9,
};

/** The actions of the state machine; one endpoint each. */
export const hazardAction = z.enum([
  'confirm',
  'reject',
  'merge',
  'assign',
  'submitPlan',
  'approvePlan',
  'submitRectification',
  'accept',
  'sendBack',
  'requestExtension',
  'approveExtension',
  'refuseExtension',
  'void',
  'handOver',
]);
export type HazardAction = z.infer<typeof hazardAction>;

export const hazardPhotoKind = z.enum(['before', 'after']);
export type HazardPhotoKind = z.infer<typeof hazardPhotoKind>;

/** What a signature attests to. */
export const hazardSignatureKind = z.enum(['confirm', 'approvePlan', 'submitRectification', 'accept']);
export type HazardSignatureKind = z.infer<typeof hazardSignatureKind>;

export const hazardSort = z.enum(['registeredAt', 'deadline', 'grade', 'state']);
export type HazardSort = z.infer<typeof hazardSort>;
