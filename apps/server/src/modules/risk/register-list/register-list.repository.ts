import type { RegisterRowFilter } from '@shuangkong/contracts';
import { sql } from 'kysely';
import type { Db } from '../risk.database.ts';
import type { VisibleEnterprise } from '../risk-scope.ts';

type Assessment = { method: 'lec' | 'ls' | 'mes' | 'direct'; inputs: unknown } | null;

// Control measures in the order of the hierarchy of controls (消除 first), then as sorted.
const hierarchyRank = sql<number>`case m.hierarchy when 'elimination' then 1 when 'substitution' then 2
  when 'engineering' then 3 when 'administrative' then 4 when 'ppe' then 5 else 6 end`;

const levelRank = sql`case e.residual_level when 'major' then 4 when 'significant' then 3
  when 'general' then 2 when 'low' then 1 else 0 end`;

function base(db: Db, enterprise: VisibleEnterprise, f: Omit<RegisterRowFilter, 'sort' | 'order'>) {
  let q = db
    .selectFrom('riskEvents as e')
    .innerJoin('riskUnits as u', (j) =>
      j.onRef('u.enterpriseId', '=', 'e.enterpriseId').onRef('u.id', '=', 'e.unitId'),
    )
    .innerJoin('riskObjects as o', (j) =>
      j.onRef('o.enterpriseId', '=', 'u.enterpriseId').onRef('o.id', '=', 'u.objectId'),
    )
    .where('e.enterpriseId', '=', enterprise.id)
    .where('u.archivedAt', 'is', null)
    .where('o.archivedAt', 'is', null);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('o.code', 'ilike', like),
        eb('o.name', 'ilike', like),
        eb('u.code', 'ilike', like),
        eb('u.name', 'ilike', like),
        eb('e.name', 'ilike', like),
      ]),
    );
  }
  if (f.level) q = q.where('e.residualLevel', '=', f.level);
  if (f.objectId) q = q.where('u.objectId', '=', f.objectId);
  if (f.orgUnitId) q = q.where('u.responsibleUnitId', '=', f.orgUnitId);
  if (f.status) q = q.where('u.status', '=', f.status);
  return q;
}

type Base = ReturnType<typeof base>;

function ordered(q: Base, f: RegisterRowFilter): Base {
  const dir = f.order;
  let out = q;
  if (f.sort === 'level') out = out.orderBy(levelRank, dir);
  else if (f.sort === 'object') out = out.orderBy('o.code', dir);
  else if (f.sort === 'unit') out = out.orderBy('u.name', dir);
  // 'code' and every tie: object, unit, then the events in their own order.
  return out
    .orderBy('o.code', dir)
    .orderBy('u.code', dir)
    .orderBy('e.sort')
    .orderBy('e.createdAt')
    .orderBy('e.id');
}

/**
 * Register rows (one per risk event) of a visible enterprise, filtered and sorted, with every
 * column of the 风险管控清单 and what the Excel round trip needs (assessment inputs). The events'
 * factors, measures and assessments are read in three set queries and joined here: on 10,000
 * rows that is several times faster than correlated subqueries per row.
 */
export async function listRegisterRows(
  db: Db,
  enterprise: VisibleEnterprise,
  f: RegisterRowFilter,
  page?: { limit: number; offset: number },
) {
  let q = ordered(base(db, enterprise, f), f)
    .leftJoin('orgUnits as d', (j) =>
      j.onRef('d.enterpriseId', '=', 'u.enterpriseId').onRef('d.id', '=', 'u.responsibleUnitId'),
    )
    .leftJoin('users as p', 'p.id', 'u.responsibleUserId')
    .select([
      'e.id as eventId',
      'u.id as unitId',
      'o.id as objectId',
      'o.code as objectCode',
      'o.name as objectName',
      'u.code as unitCode',
      'u.name as unitName',
      'e.name as eventName',
      'e.residualLevel',
      'e.inherentLevel',
      'e.inherentAssessmentId',
      'e.residualAssessmentId',
      'u.controlTier',
      'd.name as responsibleUnitName',
      'p.name as responsibleUserName',
      'u.status',
      'e.accidentTypes1986 as accidentTypes',
    ]);
  if (page) q = q.limit(page.limit).offset(page.offset);
  const rows = await q.execute();
  const ids = rows.map((r) => r.eventId);
  const ofEvents = sql<boolean>`event_id = any(${ids}::uuid[])`;
  const [factors, measures, assessments] = await Promise.all([
    db
      .selectFrom('riskEventFactors')
      .select(['eventId', 'code'])
      .where('enterpriseId', '=', enterprise.id)
      .where(ofEvents)
      .orderBy('code')
      .execute(),
    db
      .selectFrom('riskControlMeasures as m')
      .select(['m.eventId', 'm.kind', 'm.hierarchy', 'm.content'])
      .where('m.enterpriseId', '=', enterprise.id)
      .where(ofEvents)
      .orderBy(hierarchyRank)
      .orderBy('m.sort')
      .orderBy('m.createdAt')
      .orderBy('m.id')
      .execute(),
    db
      .selectFrom('riskAssessments')
      .select(['id', 'eventId', 'kind', 'method', 'inputs'])
      .where('enterpriseId', '=', enterprise.id)
      .where(ofEvents)
      .orderBy('assessedAt', 'desc')
      .execute(),
  ]);
  const grouped = <T extends { eventId: string }>(items: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const item of items) {
      const list = map.get(item.eventId);
      if (list) list.push(item);
      else map.set(item.eventId, [item]);
    }
    return map;
  };
  const factorsOf = grouped(factors);
  const measuresOf = grouped(measures);
  const assessmentsOf = grouped(assessments);
  return rows.map(({ inherentAssessmentId, residualAssessmentId, ...r }) => {
    const own = measuresOf.get(r.eventId) ?? [];
    const mine = assessmentsOf.get(r.eventId) ?? [];
    // The event points at its current assessment; without a pointer the latest of the kind counts.
    const pick = (kind: 'inherent' | 'residual', pointer: string | null): Assessment => {
      const a = mine.find((x) => x.id === pointer) ?? mine.find((x) => x.kind === kind);
      return a ? { method: a.method, inputs: a.inputs } : null;
    };
    return {
      ...r,
      factorCodes: (factorsOf.get(r.eventId) ?? []).map((x) => x.code),
      controlMeasures: own
        .filter((m) => m.kind === 'control')
        .map((m) => ({ hierarchy: m.hierarchy, content: m.content })),
      emergencyMeasures: own.filter((m) => m.kind === 'emergency').map((m) => m.content),
      inherentAssessment: pick('inherent', inherentAssessmentId),
      residualAssessment: pick('residual', residualAssessmentId),
    };
  });
}
export type RegisterRowRecord = Awaited<ReturnType<typeof listRegisterRows>>[number];

/** How many register rows match the filter. */
export async function countRegisterRows(
  db: Db,
  enterprise: VisibleEnterprise,
  f: RegisterRowFilter,
): Promise<number> {
  const row = await base(db, enterprise, f)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
