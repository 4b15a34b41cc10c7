import { z } from 'zod';

/** The register records that readiness checks, down the national chain. */
export const readinessEntityType = z.enum(['riskObject', 'riskUnit', 'riskEvent', 'riskControlMeasure']);
export type ReadinessEntityType = z.infer<typeof readinessEntityType>;

/**
 * Which national rule a record breaks: a required field, a length limit, a code list, a classify2
 * outside its classify1, a major source's registration code, a major source's coordinates, or a
 * missing level of the chain below it (a unit without events, an event without measures).
 */
export const readinessRule = z.enum([
  'required',
  'maxLength',
  'codeList',
  'classifyPair',
  'registrationCode',
  'coordinates',
  'chain',
  'expired',
]);
export type ReadinessRule = z.infer<typeof readinessRule>;

/** The fields readiness names, per entity type (the web translates `reporting.field.<field>`). */
export const readinessField = z.enum([
  'name',
  'kind',
  'responsibleUnit',
  'responsiblePerson',
  'majorSourceCode',
  'majorSourceKind',
  'filing',
  'location',
  'units',
  'level',
  'events',
  'accidentTypes',
  'measures',
  'content',
  'dataSrc',
  'classify1',
  'classify2',
  'classify3',
  'troubleshootContent',
]);
export type ReadinessField = z.infer<typeof readinessField>;

/** One thing that keeps a record from being reported. */
export const readinessProblem = z.object({
  entityType: readinessEntityType,
  entityId: z.string(),
  /** The record as users know it: code and name, or an event's name, or a measure's text. */
  label: z.string(),
  /** Where it sits: object, unit and event names above it. */
  trail: z.array(z.string()),
  field: readinessField,
  rule: readinessRule,
  /** Message key in the web's risk namespace (`reporting.rule.<rule>`), with its parameters. */
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The web page where the field is fixed. */
  link: z.string(),
});
export type ReadinessProblem = z.infer<typeof readinessProblem>;

export const readinessCounts = z.object({
  checked: z.number().int(),
  ready: z.number().int(),
  withProblems: z.number().int(),
});
export type ReadinessCounts = z.infer<typeof readinessCounts>;

/** `GET /enterprises/:id/risk-readiness`. */
export const riskReadiness = z.object({
  counts: readinessCounts,
  byType: z.record(readinessEntityType, readinessCounts),
  problems: z.array(readinessProblem),
  /** More problems than the list carries (the counts are complete). */
  truncated: z.boolean(),
});
export type RiskReadiness = z.infer<typeof riskReadiness>;
