// Schemas of supervision's enforcement part (执法): the annual plan by tier, 双随机、一公开 pools and
// draws, enforcement inspections with findings (责令整改) and penalties, the blacklist.
import { z } from 'zod';
import { boundedInt, boundedQueryInt, LIMITS } from '../bounds.ts';
import { isoDate } from '../common.ts';
import { enterpriseScale } from '../identity/enterprise.ts';
import { riskLevel } from '../risk/levels.ts';
import { tierTableRow } from './regional.ts';

export const enforcementRoutes = {
  plan: '/supervision/enforcement/plan',
  pools: '/supervision/enforcement/pools',
  pool: '/supervision/enforcement/pools/:id',
  filePool: '/supervision/enforcement/pools/:id/file',
  poolCandidates: '/supervision/enforcement/pool-candidates',
  draws: '/supervision/enforcement/draws',
  draw: '/supervision/enforcement/draws/:id',
  drawVerification: '/supervision/enforcement/draws/:id/verification',
  verifyDraw: '/supervision/enforcement/draws/verify',
  conflicts: '/supervision/enforcement/conflicts',
  removeConflict: '/supervision/enforcement/conflicts/:enterpriseId/:id/remove',
  inspections: '/supervision/enforcement/inspections',
  inspection: '/supervision/enforcement/inspections/:enterpriseId/:id',
  recordInspection: '/supervision/enforcement/inspections/:enterpriseId/:id/record',
  publishInspection: '/supervision/enforcement/inspections/:enterpriseId/:id/publish',
  penalties: '/supervision/enforcement/penalties',
  expertCoverage: '/supervision/enforcement/expert-coverage',
  blacklist: '/supervision/blacklist',
  removeBlacklist: '/supervision/blacklist/:enterpriseId/:id/remove',
  blacklistPublications: '/supervision/blacklist/publications',
  /** The enterprise: enforcement inspections of it, with the orders and penalties addressed to it. */
  enterpriseOrders: '/enterprises/:enterpriseId/enforcement-orders',
  /** Anyone, unauthenticated: published inspection results (一公开). */
  publicResults: '/public/inspection-results',
  /** Anyone, unauthenticated: the latest published quarter of each regulator's blacklist. */
  publicBlacklist: '/public/blacklist',
} as const;

/** 监管层级: the tier that sets how often an enterprise is inspected (levels' names). */
export const enforcementLevel = riskLevel;
export type EnforcementLevel = z.infer<typeof enforcementLevel>;

export const enforcementInspectionKind = z.enum(['random', 'key', 'expert', 'complaint', 'other']);
export type EnforcementInspectionKind = z.infer<typeof enforcementInspectionKind>;

export const penaltyKind = z.enum([
  'warning',
  'fine',
  'confiscation',
  'suspension',
  'licenceRevocation',
  'closure',
  'detention',
  'other',
]);
export type PenaltyKind = z.infer<typeof penaltyKind>;

const year = boundedInt(2000, 2100);
const frequency = boundedInt(0, 24);
const text = (max: number) => z.string().trim().min(1).max(max);

// ---- plan ----
export const planFrequencies = z.object({
  major: frequency,
  significant: frequency,
  general: frequency,
  low: frequency,
});
export type PlanFrequencies = z.infer<typeof planFrequencies>;
export const planQuery = z.object({ year: boundedQueryInt(2000, 2100).optional() });
export const setPlanBody = z.object({
  year,
  frequencies: planFrequencies,
  randomSharePercent: boundedInt(0, 100).default(70),
  note: z.string().trim().max(1000).nullable().default(null),
});
export type SetPlanBody = z.infer<typeof setPlanBody>;

export const planEnterpriseRow = z.object({
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  tier: enforcementLevel,
  isKey: z.boolean(),
  planned: z.number().int(),
  done: z.number().int(),
});
export const enforcementPlanView = z.object({
  year: z.number().int(),
  isDefault: z.boolean(),
  frequencies: planFrequencies,
  randomSharePercent: z.number().int(),
  note: z.string().nullable(),
  totals: z.object({ planned: z.number().int(), done: z.number().int(), randomDone: z.number().int() }),
  byTier: z.array(
    z.object({
      tier: enforcementLevel,
      enterprises: z.number().int(),
      planned: z.number().int(),
      done: z.number().int(),
    }),
  ),
  /** The regulator's 分级监管 table: what each enterprise is planned while the year has no plan. */
  tierTable: z.array(tierTableRow),
  enterprises: z.array(planEnterpriseRow),
  canConfigure: z.boolean(),
});
export type EnforcementPlanView = z.infer<typeof enforcementPlanView>;

// ---- pools ----
export const poolFilters = z.object({
  industryCodes: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
  scales: z.array(enterpriseScale).max(4).default([]),
  levels: z.array(enforcementLevel).max(4).default([]),
});
export type PoolFilters = z.infer<typeof poolFilters>;
export const poolCandidatesQuery = z.object({
  industryCodes: z.string().max(1000).optional(),
  scales: z.string().max(100).optional(),
  levels: z.string().max(100).optional(),
});
export const createPoolBody = z.object({
  year,
  name: text(100),
  filters: poolFilters,
  /** The regulator's inspectors in the pool (ids of its users); experts beside them. */
  inspectorIds: z.array(z.uuid()).min(2).max(500),
  expertIds: z.array(z.uuid()).max(200).default([]),
});
export type CreatePoolBody = z.infer<typeof createPoolBody>;

export const poolPerson = z.object({ userId: z.uuid(), name: z.string(), isExpert: z.boolean() });
export const poolEnterprise = z.object({
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  tier: enforcementLevel,
});
export const poolSummary = z.object({
  id: z.uuid(),
  year: z.number().int(),
  name: z.string(),
  state: z.enum(['draft', 'filed']),
  filedAt: z.string().nullable(),
  isFiledLate: z.boolean(),
  enterpriseCount: z.number().int(),
  inspectorCount: z.number().int(),
  expertCount: z.number().int(),
  drawCount: z.number().int(),
  createdAt: z.string(),
});
export type PoolSummary = z.infer<typeof poolSummary>;
export const poolDetail = poolSummary.extend({
  filters: poolFilters,
  enterprises: z.array(poolEnterprise),
  inspectors: z.array(poolPerson),
  canFile: z.boolean(),
  canDraw: z.boolean(),
});
export type PoolDetail = z.infer<typeof poolDetail>;
export const poolCandidates = z.object({
  enterprises: z.array(poolEnterprise),
  inspectors: z.array(poolPerson),
  experts: z.array(poolPerson),
});
export type PoolCandidates = z.infer<typeof poolCandidates>;

// ---- draws ----
/** What a draw reads, in canonical order: published with the result so anyone can recompute it. */
export const drawInput = z.object({
  algorithm: z.literal('sk-draw-v1'),
  seed: z.string().min(1).max(64),
  count: boundedInt(1, 1000),
  withExpert: z.boolean(),
  enterprises: z.array(z.object({ id: z.uuid(), name: z.string() })).max(20000),
  inspectors: z.array(z.object({ id: z.uuid(), name: z.string() })).max(500),
  experts: z.array(z.object({ id: z.uuid(), name: z.string() })).max(200),
  /** Pairs never drawn together: the conflict-of-interest register. */
  barred: z.array(z.object({ enterpriseId: z.uuid(), inspectorId: z.uuid() })).max(20000),
  /** The pair that inspected each enterprise last time: not drawn again for it. */
  previousPairs: z
    .array(z.object({ enterpriseId: z.uuid(), inspectorIds: z.array(z.uuid()).length(2) }))
    .max(20000),
});
export type DrawInput = z.infer<typeof drawInput>;
export const drawPick = z.object({
  enterpriseId: z.uuid(),
  inspectorIds: z.array(z.uuid()),
  expertId: z.uuid().nullable(),
});
export type DrawPick = z.infer<typeof drawPick>;
export const drawResult = z.object({ picks: z.array(drawPick), digest: z.string() });
export type DrawResult = z.infer<typeof drawResult>;

export const makeDrawBody = z.object({
  poolId: z.uuid(),
  title: text(100),
  count: boundedInt(1, 1000),
  /** Left out: the server makes one. Published with the result either way. */
  seed: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{1,64}$/, 'letters, digits and dashes, at most 64')
    .optional(),
  excludeMonths: boundedInt(0, 36).default(12),
  withExpert: z.boolean().default(false),
});
export type MakeDrawBody = z.infer<typeof makeDrawBody>;
export const drawExclusion = z.object({
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  reason: z.enum(['inspected', 'penalised', 'scheduled']),
  on: z.string(),
});
export const drawSummary = z.object({
  id: z.uuid(),
  poolId: z.uuid(),
  poolName: z.string(),
  title: z.string(),
  seed: z.string(),
  algorithm: z.string(),
  count: z.number().int(),
  resultDigest: z.string(),
  drawnAt: z.string(),
  drawnByName: z.string().nullable(),
});
export type DrawSummary = z.infer<typeof drawSummary>;
export const drawDetail = drawSummary.extend({
  input: drawInput,
  excluded: z.array(drawExclusion),
  excludeMonths: z.number().int(),
  picks: z.array(
    drawPick.extend({
      enterpriseName: z.string(),
      inspectorNames: z.array(z.string()),
      expertName: z.string().nullable(),
      inspectionId: z.uuid().nullable(),
      inspectionState: z.enum(['planned', 'recorded']).nullable(),
    }),
  ),
});
export type DrawDetail = z.infer<typeof drawDetail>;
export const verifyDrawBody = z.object({ input: drawInput, expectedDigest: z.string().max(128).optional() });
export type VerifyDrawBody = z.infer<typeof verifyDrawBody>;
export const drawVerification = z.object({
  matches: z.boolean().nullable(),
  result: drawResult,
  publishedDigest: z.string().nullable(),
});
export type DrawVerification = z.infer<typeof drawVerification>;

// ---- conflicts ----
export const addConflictBody = z.object({ enterpriseId: z.uuid(), inspectorId: z.uuid(), reason: text(300) });
export const removeConflictBody = z.object({ reason: text(300) });
export const conflictRow = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  inspectorId: z.uuid(),
  inspectorName: z.string(),
  reason: z.string(),
  recordedAt: z.string(),
});
export type ConflictRow = z.infer<typeof conflictRow>;

// ---- inspections ----
export const createInspectionBody = z.object({
  enterpriseId: z.uuid(),
  kind: enforcementInspectionKind.exclude(['random']),
  inspectorIds: z.array(z.uuid()).min(1).max(10),
  expertIds: z.array(z.uuid()).max(10).default([]),
  agencyName: z.string().trim().max(100).nullable().default(null),
  plannedOn: isoDate.nullable().default(null),
});
export type CreateInspectionBody = z.infer<typeof createInspectionBody>;
export const findingInput = z.object({
  description: text(1000),
  legalBasis: z.string().trim().max(300).nullable().default(null),
  grade: z.enum(['general', 'major']).default('general'),
  orderNo: text(60),
  /** 限期: working days from the inspection day, on the platform calendar. */
  rectifyWithinWorkingDays: boundedInt(1, 180),
});
export type FindingInput = z.infer<typeof findingInput>;
export const recordInspectionBody = z.object({
  inspectedOn: isoDate,
  summary: text(2000),
  findings: z.array(findingInput).max(50).default([]),
});
export type RecordInspectionBody = z.infer<typeof recordInspectionBody>;
export const addPenaltyBody = z.object({
  enterpriseId: z.uuid(),
  inspectionId: z.uuid().nullable().default(null),
  kind: penaltyKind,
  amountFen: boundedInt(1, LIMITS.amountFen).nullable().default(null),
  decisionNo: text(60),
  decidedAt: isoDate,
  legalBasis: z.string().trim().max(300).nullable().default(null),
  description: z.string().trim().max(1000).nullable().default(null),
});
export type AddPenaltyBody = z.infer<typeof addPenaltyBody>;
export const inspectionListQuery = z.object({
  year: boundedQueryInt(2000, 2100).optional(),
  kind: enforcementInspectionKind.optional(),
  state: z.enum(['planned', 'recorded']).optional(),
});

export const findingView = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  description: z.string(),
  legalBasis: z.string().nullable(),
  grade: z.enum(['general', 'major']),
  orderNo: z.string(),
  deadline: z.string(),
  hazardId: z.uuid(),
  hazardState: z.string().nullable(),
});
export const penaltyView = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  inspectionId: z.uuid().nullable(),
  kind: penaltyKind,
  amountFen: z.number().nullable(),
  decisionNo: z.string(),
  decidedAt: z.string(),
  legalBasis: z.string().nullable(),
  description: z.string().nullable(),
});
export type PenaltyView = z.infer<typeof penaltyView>;
export const inspectionView = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  regulatorName: z.string(),
  kind: enforcementInspectionKind,
  drawId: z.uuid().nullable(),
  state: z.enum(['planned', 'recorded']),
  inspectorNames: z.array(z.string()),
  expertNames: z.array(z.string()),
  agencyName: z.string().nullable(),
  plannedOn: z.string().nullable(),
  inspectedOn: z.string().nullable(),
  summary: z.string().nullable(),
  isPublished: z.boolean(),
  publishedAt: z.string().nullable(),
  findingCount: z.number().int(),
  penaltyCount: z.number().int(),
  canRecord: z.boolean(),
  canPublish: z.boolean(),
});
export type InspectionView = z.infer<typeof inspectionView>;
export const inspectionDetail = inspectionView.extend({
  findings: z.array(findingView),
  penalties: z.array(penaltyView),
});
export type InspectionDetail = z.infer<typeof inspectionDetail>;

export const expertCoverage = z.object({
  year: z.number().int(),
  keyEnterprises: z.number().int(),
  covered: z.number().int(),
  missing: z.array(z.object({ enterpriseId: z.uuid(), enterpriseName: z.string(), tier: enforcementLevel })),
  inspections: z.array(inspectionView),
});
export type ExpertCoverage = z.infer<typeof expertCoverage>;

// ---- blacklist ----
export const addBlacklistBody = z.object({
  enterpriseId: z.uuid(),
  legalBasis: text(300),
  reason: text(1000),
  decisionNo: text(60),
  decidedOn: isoDate,
});
export type AddBlacklistBody = z.infer<typeof addBlacklistBody>;
export const removeBlacklistBody = z.object({ reason: text(1000) });
export const blacklistQuery = z.object({ scope: z.enum(['active', 'all']).default('active') });
export const blacklistEntry = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  creditCode: z.string(),
  regulatorName: z.string(),
  legalBasis: z.string(),
  reason: z.string(),
  decisionNo: z.string(),
  decidedOn: z.string(),
  addedAt: z.string(),
  removedAt: z.string().nullable(),
  removalReason: z.string().nullable(),
  canRemove: z.boolean(),
});
export type BlacklistEntry = z.infer<typeof blacklistEntry>;
export const publishBlacklistBody = z.object({ year, quarter: boundedInt(1, 4) });
export const publishedBlacklistEntry = z.object({
  enterpriseName: z.string(),
  creditCode: z.string(),
  legalBasis: z.string(),
  reason: z.string(),
  decisionNo: z.string(),
  decidedOn: z.string(),
});
export const blacklistPublication = z.object({
  id: z.uuid(),
  regulatorName: z.string(),
  year: z.number().int(),
  quarter: z.number().int(),
  publishedAt: z.string(),
  entries: z.array(publishedBlacklistEntry),
});
export type BlacklistPublication = z.infer<typeof blacklistPublication>;

// ---- public ----
export const publicInspectionResult = z.object({
  id: z.uuid(),
  enterpriseName: z.string(),
  regulatorName: z.string(),
  kind: enforcementInspectionKind,
  inspectedOn: z.string(),
  summary: z.string(),
  findingCount: z.number().int(),
  penalties: z.array(z.object({ kind: penaltyKind, decisionNo: z.string(), decidedAt: z.string() })),
  drawSeed: z.string().nullable(),
  drawDigest: z.string().nullable(),
  publishedAt: z.string(),
});
export type PublicInspectionResult = z.infer<typeof publicInspectionResult>;
export const publicResultsQuery = z.object({ limit: boundedQueryInt(1, 200).default(50) });

export const enterpriseOrder = inspectionDetail.omit({ canRecord: true, canPublish: true });
export type EnterpriseOrder = z.infer<typeof enterpriseOrder>;
