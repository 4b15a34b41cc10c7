import type {
  ConflictRow,
  EnterpriseOrder,
  EnforcementInspectionKind,
  ExpertCoverage,
  InspectionDetail,
  InspectionView,
  PenaltyView,
} from '@shuangkong/contracts';
import { notFound } from '../../../../kernel/index.ts';
import { can, enterpriseVisibleTo, type Actor } from '../../../identity/index.ts';
import type { CommandContext, Db } from '../../supervision.database.ts';
import { regulatorOf } from '../enforcement-scope.ts';
import { remitEnterprises } from '../remit-enterprises.ts';

type Filter = {
  regulatorId?: string;
  enterpriseId?: string;
  id?: string;
  year?: number;
  kind?: EnforcementInspectionKind;
  state?: 'planned' | 'recorded';
  publishedOnly?: boolean;
};

function inspections(db: Db, actor: Actor, f: Filter) {
  let q = db
    .selectFrom('enforcementInspections as i')
    .innerJoin('enterprises as e', 'e.id', 'i.enterpriseId')
    .innerJoin('regulators as r', 'r.id', 'i.regulatorId')
    .selectAll('i')
    .select(['e.name as enterpriseName', 'r.name as regulatorName'])
    .select((eb) => [
      eb
        .selectFrom('enforcementFindings as f')
        .select((s) => s.fn.countAll<string>().as('n'))
        .whereRef('f.enterpriseId', '=', 'i.enterpriseId')
        .whereRef('f.inspectionId', '=', 'i.id')
        .as('findingCount'),
      eb
        .selectFrom('enforcementPenalties as p')
        .select((s) => s.fn.countAll<string>().as('n'))
        .whereRef('p.enterpriseId', '=', 'i.enterpriseId')
        .whereRef('p.inspectionId', '=', 'i.id')
        .as('penaltyCount'),
    ])
    .where(enterpriseVisibleTo(actor));
  if (f.regulatorId) q = q.where('i.regulatorId', '=', f.regulatorId);
  if (f.enterpriseId) q = q.where('i.enterpriseId', '=', f.enterpriseId);
  if (f.id) q = q.where('i.id', '=', f.id);
  if (f.kind) q = q.where('i.kind', '=', f.kind);
  if (f.state) q = q.where('i.state', '=', f.state);
  if (f.year)
    q = q.where((eb) =>
      eb.or([
        eb.and([eb('i.inspectedOn', '>=', `${f.year}-01-01`), eb('i.inspectedOn', '<=', `${f.year}-12-31`)]),
        eb.and([
          eb('i.inspectedOn', 'is', null),
          eb('i.createdAt', '>=', new Date(`${f.year}-01-01T00:00:00+08:00`)),
          eb('i.createdAt', '<', new Date(`${(f.year ?? 0) + 1}-01-01T00:00:00+08:00`)),
        ]),
      ]),
    );
  return q.orderBy('i.state').orderBy('i.inspectedOn', 'desc').orderBy('i.createdAt', 'desc');
}
type Row = Awaited<ReturnType<ReturnType<typeof inspections>['executeTakeFirstOrThrow']>>;

function present(actor: Actor, r: Row): InspectionView {
  const own = actor.regulatorId === r.regulatorId && can(actor, 'supervision.act');
  return {
    id: r.id,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterpriseName,
    regulatorName: r.regulatorName,
    kind: r.kind,
    drawId: r.drawId,
    state: r.state,
    inspectorNames: r.inspectorNames,
    expertNames: r.expertNames,
    agencyName: r.agencyName,
    plannedOn: r.plannedOn,
    inspectedOn: r.inspectedOn,
    summary: r.summary,
    isPublished: r.isPublished,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    findingCount: Number(r.findingCount ?? 0),
    penaltyCount: Number(r.penaltyCount ?? 0),
    canRecord: own && r.state === 'planned',
    canPublish: own && r.state === 'recorded' && !r.isPublished,
  };
}

/** The regulator's enforcement inspections (planned and recorded), of enterprises in its remit. */
export async function listInspections(
  ctx: CommandContext,
  q: {
    year?: number | undefined;
    kind?: EnforcementInspectionKind | undefined;
    state?: 'planned' | 'recorded' | undefined;
  },
): Promise<InspectionView[]> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.read');
  const rows = await inspections(ctx.db, ctx.actor, {
    regulatorId,
    ...(q.year ? { year: q.year } : {}),
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.state ? { state: q.state } : {}),
  })
    .limit(1000)
    .execute();
  return rows.map((r) => present(ctx.actor, r));
}

async function findingsAndPenalties(db: Db, enterpriseId: string, inspectionIds: string[]) {
  if (inspectionIds.length === 0) return { findings: [], penalties: [] };
  const [findings, penalties] = await Promise.all([
    db
      .selectFrom('enforcementFindings as f')
      .leftJoin('hazards as h', (j) =>
        j.onRef('h.enterpriseId', '=', 'f.enterpriseId').onRef('h.id', '=', 'f.hazardId'),
      )
      .select([
        'f.id',
        'f.inspectionId',
        'f.seq',
        'f.description',
        'f.legalBasis',
        'f.grade',
        'f.orderNo',
        'f.deadline',
        'f.hazardId',
        'h.state as hazardState',
      ])
      .where('f.enterpriseId', '=', enterpriseId)
      .where('f.inspectionId', 'in', inspectionIds)
      .orderBy('f.seq')
      .execute(),
    penaltyRows(db, { enterpriseId, inspectionIds }),
  ]);
  return { findings, penalties };
}

async function penaltyRows(
  db: Db,
  f: { enterpriseId?: string; inspectionIds?: string[]; regulatorId?: string; actor?: Actor },
) {
  let q = db
    .selectFrom('enforcementPenalties as p')
    .innerJoin('enterprises as e', 'e.id', 'p.enterpriseId')
    .selectAll('p')
    .select('e.name as enterpriseName');
  if (f.enterpriseId) q = q.where('p.enterpriseId', '=', f.enterpriseId);
  if (f.inspectionIds) q = q.where('p.inspectionId', 'in', f.inspectionIds);
  if (f.regulatorId) q = q.where('p.regulatorId', '=', f.regulatorId);
  if (f.actor) q = q.where(enterpriseVisibleTo(f.actor));
  const rows = await q.orderBy('p.decidedAt', 'desc').limit(1000).execute();
  return rows.map((p): PenaltyView & { regulatorId: string } => ({
    id: p.id,
    enterpriseId: p.enterpriseId,
    enterpriseName: p.enterpriseName,
    regulatorId: p.regulatorId,
    inspectionId: p.inspectionId,
    kind: p.kind,
    amountFen: p.amountFen === null ? null : Number(p.amountFen),
    decisionNo: p.decisionNo,
    decidedAt: p.decidedAt,
    legalBasis: p.legalBasis,
    description: p.description,
  }));
}

/** One inspection with its findings (and the hazards they became) and penalties. */
export async function inspectionDetail(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
): Promise<InspectionDetail> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.read');
  const row = await inspections(ctx.db, ctx.actor, { regulatorId, enterpriseId, id }).executeTakeFirst();
  if (!row) throw notFound('Enforcement inspection');
  const { findings, penalties } = await findingsAndPenalties(ctx.db, enterpriseId, [id]);
  return { ...present(ctx.actor, row), findings, penalties };
}

/** The regulator's penalties and other measures, newest decision first. */
export async function listPenalties(ctx: CommandContext): Promise<PenaltyView[]> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.read');
  return penaltyRows(ctx.db, { regulatorId, actor: ctx.actor });
}

/** The active conflict-of-interest register of the regulator. */
export async function listConflicts(ctx: CommandContext): Promise<ConflictRow[]> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.read');
  const rows = await ctx.db
    .selectFrom('enforcementConflicts as c')
    .innerJoin('enterprises as e', 'e.id', 'c.enterpriseId')
    .innerJoin('users as u', 'u.id', 'c.inspectorId')
    .select([
      'c.id',
      'c.enterpriseId',
      'e.name as enterpriseName',
      'c.inspectorId',
      'u.name as inspectorName',
      'c.reason',
      'c.recordedAt',
    ])
    .where('c.regulatorId', '=', regulatorId)
    .where('c.removedAt', 'is', null)
    .where(enterpriseVisibleTo(ctx.actor))
    .orderBy('e.name')
    .execute();
  return rows.map((r) => ({ ...r, recordedAt: r.recordedAt.toISOString() }));
}

/**
 * Expert inspections of the year (seed 002: at least one a year for every key enterprise, by experts
 * or an agency) and the key enterprises in remit that have none planned or done yet.
 */
export async function expertCoverage(ctx: CommandContext, year: number): Promise<ExpertCoverage> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.read');
  const [enterprises, rows] = await Promise.all([
    remitEnterprises(ctx.db, ctx.actor),
    inspections(ctx.db, ctx.actor, { regulatorId, year, kind: 'expert' }).execute(),
  ]);
  const key = enterprises.filter((e) => e.isKey);
  const covered = new Set(rows.map((r) => r.enterpriseId));
  return {
    year,
    keyEnterprises: key.length,
    covered: key.filter((e) => covered.has(e.id)).length,
    missing: key
      .filter((e) => !covered.has(e.id))
      .map((e) => ({ enterpriseId: e.id, enterpriseName: e.name, tier: e.tier })),
    inspections: rows.map((r) => present(ctx.actor, r)),
  };
}

/**
 * What regulators addressed to the enterprise: its recorded enforcement inspections with their
 * orders (each also a hazard in its register) and penalties. Scoped by the caller's own visibility.
 */
export async function enterpriseOrders(
  db: Db,
  actor: Actor,
  enterpriseId: string,
): Promise<EnterpriseOrder[]> {
  const rows = await inspections(db, actor, { enterpriseId, state: 'recorded' }).limit(500).execute();
  const { findings, penalties } = await findingsAndPenalties(
    db,
    enterpriseId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const { canRecord: _r, canPublish: _p, ...view } = present(actor, r);
    return {
      ...view,
      findings: findings.filter((f) => f.inspectionId === r.id),
      penalties: penalties.filter((p) => p.inspectionId === r.id),
    };
  });
}
