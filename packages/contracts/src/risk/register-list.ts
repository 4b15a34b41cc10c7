import { z } from 'zod';
import { riskLevel } from './levels.ts';
import { controlTier, riskUnitStatus } from './register.ts';

/** Sort keys of the flattened register (风险管控清单). */
export const registerRowSort = z.enum(['level', 'code', 'object', 'unit']);
export type RegisterRowSort = z.infer<typeof registerRowSort>;

/** Filters shared by the register table and its Excel export. */
export const registerRowFilter = z.object({
  q: z.string().trim().max(100).optional(),
  level: riskLevel.optional(),
  objectId: z.uuid().optional(),
  orgUnitId: z.uuid().optional(),
  status: riskUnitStatus.optional(),
  sort: registerRowSort.default('code'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type RegisterRowFilter = z.infer<typeof registerRowFilter>;

export const registerRowQuery = registerRowFilter.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type RegisterRowQuery = z.infer<typeof registerRowQuery>;

/** One line of the register: one risk event with its unit, object, levels, measures and owners. */
export const registerRow = z.object({
  eventId: z.uuid(),
  unitId: z.uuid(),
  objectId: z.uuid(),
  /** 风险对象 */
  objectCode: z.string(),
  objectName: z.string(),
  /** 辨识部位 */
  unitCode: z.string(),
  unitName: z.string(),
  /** 存在风险: the event and its harmful factors (GB/T 13861) */
  eventName: z.string(),
  factors: z.array(z.object({ code: z.string(), name: z.string() })),
  /** 风险分级: residual (shown) and inherent */
  residualLevel: riskLevel.nullable(),
  inherentLevel: riskLevel.nullable(),
  /** 事故类型 (GB 6441-1986 names) */
  accidentTypes: z.array(z.string()),
  /** 主要管控措施, by hierarchy of controls (消除 first) */
  controlMeasures: z.array(z.object({ hierarchy: z.string().nullable(), content: z.string() })),
  /** 应急措施 */
  emergencyMeasures: z.array(z.string()),
  /** 管控层级 */
  controlTier: controlTier.nullable(),
  /** 责任部门 / 责任人 of the unit */
  responsibleUnitName: z.string().nullable(),
  responsibleUserName: z.string().nullable(),
  status: riskUnitStatus,
});
export type RegisterRow = z.infer<typeof registerRow>;

export const registerRowList = z.object({
  data: z.array(registerRow),
  page: z.object({ page: z.number().int(), pageSize: z.number().int(), total: z.number().int() }),
  abilities: z.object({ canImport: z.boolean(), canExport: z.boolean() }),
});

/** One bad cell of an import: the Excel row number (1-based), the column header, and why. */
export const registerImportError = z.object({
  row: z.number().int(),
  column: z.string(),
  reason: z.string(),
});
export type RegisterImportError = z.infer<typeof registerImportError>;

export const registerImportResult = z.object({
  data: z.object({
    rows: z.number().int(),
    objectsCreated: z.number().int(),
    unitsCreated: z.number().int(),
    events: z.number().int(),
    measures: z.number().int(),
  }),
});
export type RegisterImportResult = z.infer<typeof registerImportResult>['data'];
