import { z } from 'zod';
import { industryCode } from '../identity/industries.ts';
import { accidentType1986Code, accidentType2025Code } from './accident-types.ts';
import { lecInputs } from './assessment.ts';
import { riskColor, riskLevel } from './levels.ts';
import {
  controlHierarchy,
  identificationState,
  identificationTense,
  measureClassify1,
  measureClassify2,
} from './measures.ts';

// Industry starter libraries (行业风险辨识模板): typical objects → units → events → measures with
// default LEC inputs. An enterprise copies what fits into its register as drafts and edits there.

export const templateMeasure = z.object({
  kind: z.enum(['control', 'emergency']),
  hierarchy: controlHierarchy.nullable(),
  classify1: measureClassify1,
  classify2: measureClassify2,
  content: z.string(),
  troubleshootContent: z.string(),
  failureSign: z.string(),
});
export type TemplateMeasure = z.infer<typeof templateMeasure>;

export const templateEvent = z.object({
  name: z.string(),
  factorCodes: z.array(z.string()),
  accidentTypes1986: z.array(accidentType1986Code),
  accidentTypes2025: z.array(accidentType2025Code),
  state: identificationState,
  tense: identificationTense,
  consequences: z.string(),
  /** Default LEC inputs before (inherent) and after (residual) the measures. */
  inherent: lecInputs,
  residual: lecInputs,
  inherentLevel: riskLevel,
  residualLevel: riskLevel,
  residualColor: riskColor,
  measures: z.array(templateMeasure),
});
export type TemplateEvent = z.infer<typeof templateEvent>;

export const templateUnit = z.object({
  /** Stable within the library: what `unitKeys` of a copy refers to. */
  key: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string(),
  objectCode: z.string(),
  inherentLevel: riskLevel,
  residualLevel: riskLevel,
  events: z.array(templateEvent),
});
export type TemplateUnit = z.infer<typeof templateUnit>;

export const templateObject = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['facility', 'area', 'device', 'activity']),
  units: z.array(templateUnit),
});

export const riskTemplateLibrary = z.object({
  industryCode,
  nameZh: z.string(),
  /** The industry codes this library serves (a mall's also serves 人员密集场所). */
  servesIndustryCodes: z.array(industryCode),
  tableVersion: z.string(),
  objects: z.array(templateObject),
});
export type RiskTemplateLibrary = z.infer<typeof riskTemplateLibrary>;

export const riskTemplateSummary = z.object({
  industryCode,
  nameZh: z.string(),
  servesIndustryCodes: z.array(industryCode),
  objectCount: z.number().int(),
  unitCount: z.number().int(),
  eventCount: z.number().int(),
  measureCount: z.number().int(),
});
export type RiskTemplateSummary = z.infer<typeof riskTemplateSummary>;

export const templateCopyParams = z.object({
  enterpriseId: z.uuid(),
  industryCode: z.string().min(1).max(60),
});

export const templateCopyInput = z.object({
  /** Template unit keys to copy; all units when absent. */
  unitKeys: z.array(z.string().min(1).max(100)).min(1).max(500).optional(),
});
export type TemplateCopyInput = z.infer<typeof templateCopyInput>;

export const templateCopyResult = z.object({
  objectsCreated: z.number().int(),
  objectsMatched: z.number().int(),
  unitsCreated: z.number().int(),
  eventsCreated: z.number().int(),
  assessmentsCreated: z.number().int(),
  measuresCreated: z.number().int(),
  unitIds: z.array(z.uuid()),
});
export type TemplateCopyResult = z.infer<typeof templateCopyResult>;
