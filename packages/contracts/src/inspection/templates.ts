import { z } from 'zod';

/**
 * Frequency templates a checklist can take in one step. 'chemical-2019-78' is 应急〔2019〕78号
 * (危险化学品企业安全风险隐患排查治理导则): operator patrols at most every 2 hours, every hour at
 * 两重点一重大 units (major-source units and units at 重大 level). The guide's other frequencies
 * (technicians twice a day, workshop weekly, plant monthly, seasonal quarterly, comprehensive
 * half-yearly) are kinds of inspection rather than item cycles.
 */
export const checklistTemplateKey = z.enum(['chemical-2019-78']);
export type ChecklistTemplateKey = z.infer<typeof checklistTemplateKey>;

export const applyChecklistTemplateBody = z.object({ template: checklistTemplateKey });
export type ApplyChecklistTemplateBody = z.infer<typeof applyChecklistTemplateBody>;

export const checklistTemplateResult = z.object({
  /** Routine items whose cycle changed. */
  updated: z.number().int(),
  /** Of the routine items, those at key units (hourly). */
  keyUnitItems: z.number().int(),
});
export type ChecklistTemplateResult = z.infer<typeof checklistTemplateResult>;
