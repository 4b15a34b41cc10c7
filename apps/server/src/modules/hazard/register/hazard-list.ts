import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { HazardList, HazardListItem, HazardListQuery } from '@shuangkong/contracts';
import { can, type Actor } from '../../../kernel/index.ts';
import { getWorkingDayCalendar, shanghaiCivilDate } from '../../../platform/calendar/index.ts';
import type { DB, Db } from '../hazard.database.ts';
import { mayArchive, mayReport } from '../hazard.policy.ts';
import type { HazardScope } from '../hazard-scope.ts';
import { hazardDue } from './hazard-due.ts';
import { isOverdue, openStates } from '../hazard.state.ts';

/** How far apart two hazards on one measure may be for the measure to count as failing again. */
const RECURRING_DAYS = 90;

type Cursor = { at: string; id: string } | { offset: number };

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if ('offset' in c && Number.isInteger(c.offset) && c.offset >= 0) return c;
    if ('at' in c && typeof c.at === 'string' && typeof c.id === 'string') return c;
  } catch {
    // A cursor that does not parse starts from the beginning rather than failing the page.
  }
  return null;
}

type HazardEb = ExpressionBuilder<DB & { h: DB['hazards'] }, 'h'>;
export type HazardFilter = Omit<HazardListQuery, 'sort' | 'order' | 'cursor' | 'limit'>;

/**
 * The list's filters as one condition on `hazards as h`, shared by the page and its exports so
 * that a download holds exactly what the page showed. Regulators in remit see major hazards only.
 */
export function hazardFilter(actor: Actor, scope: HazardScope, query: HazardFilter, today: string) {
  return (eb: HazardEb): Expression<SqlBool> => {
    const all: Expression<SqlBool>[] = [eb('h.enterpriseId', '=', scope.id)];
    if (scope.majorOnly) all.push(eb('h.grade', '=', 'major'));
    if (query.state?.length) all.push(eb('h.state', 'in', query.state));
    if (query.grade) all.push(eb('h.grade', '=', query.grade));
    if (query.overdue === true) all.push(eb('h.state', 'in', [...openStates]), eb('h.deadline', '<', today));
    if (query.overdue === false)
      all.push(
        eb.or([
          eb('h.state', 'not in', [...openStates]),
          eb('h.deadline', 'is', null),
          eb('h.deadline', '>=', today),
        ]),
      );
    if (query.mine)
      all.push(eb.or([eb('h.registrantId', '=', actor.userId), eb('h.ownerUserId', '=', actor.userId)]));
    if (query.awaitingMyAcceptance) {
      if (!can(actor, 'hazard.accept')) return sql<SqlBool>`false`;
      all.push(
        eb('h.state', '=', 'accepting'),
        eb.or([eb('h.rectifiedBy', 'is', null), eb('h.rectifiedBy', '<>', actor.userId)]),
      );
    }
    if (query.unitId) all.push(eb('h.unitId', '=', query.unitId));
    if (query.dangerSrc) all.push(eb('h.dangerSrc', '=', query.dangerSrc));
    // Dates are Shanghai civil dates of registration.
    if (query.from)
      all.push(sql<SqlBool>`(h.registered_at at time zone 'Asia/Shanghai')::date >= ${query.from}::date`);
    if (query.to)
      all.push(sql<SqlBool>`(h.registered_at at time zone 'Asia/Shanghai')::date <= ${query.to}::date`);
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      all.push(eb.or([eb('h.name', 'ilike', like), eb('h.description', 'ilike', like)]));
    }
    return eb.and(all);
  };
}

/** The reporter's name, unless they chose to be hidden from colleagues (the audit log keeps it). */
export function reporterNameFor(
  actor: Actor,
  h: { reporterHidden: boolean; registrantId: string | null },
  name: string | null,
): string | null {
  if (h.reporterHidden && h.registrantId !== actor.userId) return null;
  return name;
}

/**
 * 隐患台账: the enterprise's hazards, newest first by default (keyset on registration time), or
 * sorted by deadline, grade or state (offset pages). Regulators in remit see major hazards only.
 */
export async function listHazards(
  db: Db,
  actor: Actor,
  scope: HazardScope,
  query: HazardListQuery,
): Promise<HazardList> {
  const today = shanghaiCivilDate();
  const calendar = await getWorkingDayCalendar(db);
  let q = db
    .selectFrom('hazards as h')
    .leftJoin('riskUnits as u', (j) =>
      j.onRef('u.enterpriseId', '=', 'h.enterpriseId').onRef('u.id', '=', 'h.unitId'),
    )
    .leftJoin('users as o', 'o.id', 'h.ownerUserId')
    .leftJoin('users as r', 'r.id', 'h.registrantId')
    .select([
      'h.id',
      'h.enterpriseId',
      'h.name',
      'h.state',
      'h.grade',
      'h.dangerSrc',
      'h.rectificationType',
      'h.unitId',
      'u.name as unitName',
      'h.ownerUserId',
      'o.name as ownerName',
      'h.registrantId',
      'h.reporterHidden',
      'r.name as reporterName',
      'h.registeredAt',
      'h.deadline',
      'h.measureId',
    ])
    .select((eb) => [
      eb
        .exists(
          eb
            .selectFrom('hazardPhotos as p')
            .select('p.fileId')
            .whereRef('p.enterpriseId', '=', 'h.enterpriseId')
            .whereRef('p.hazardId', '=', 'h.id')
            .where('p.kind', '=', 'before'),
        )
        .as('hasBeforePhoto'),
      eb
        .exists(
          eb
            .selectFrom('hazards as m')
            .select('m.id')
            .whereRef('m.enterpriseId', '=', 'h.enterpriseId')
            .whereRef('m.measureId', '=', 'h.measureId')
            .whereRef('m.id', '<>', 'h.id')
            .where(
              sql<boolean>`m.registered_at between h.registered_at - make_interval(days => ${RECURRING_DAYS}) and h.registered_at`,
            ),
        )
        .as('recurring'),
    ]);
  q = q.where(hazardFilter(actor, scope, query, today));

  const cursor = decodeCursor(query.cursor);
  const desc = query.order === 'desc';
  const limit = query.limit;
  if (query.sort === 'registeredAt') {
    if (cursor && 'at' in cursor) {
      const at = new Date(cursor.at);
      q = q.where((eb) =>
        desc
          ? eb.or([
              eb('h.registeredAt', '<', at),
              eb.and([eb('h.registeredAt', '=', at), eb('h.id', '<', cursor.id)]),
            ])
          : eb.or([
              eb('h.registeredAt', '>', at),
              eb.and([eb('h.registeredAt', '=', at), eb('h.id', '>', cursor.id)]),
            ]),
      );
    }
    q = q.orderBy('h.registeredAt', desc ? 'desc' : 'asc').orderBy('h.id', desc ? 'desc' : 'asc');
  } else {
    const dir = desc ? 'desc' : 'asc';
    const column = query.sort === 'deadline' ? 'h.deadline' : query.sort === 'grade' ? 'h.grade' : 'h.state';
    // Ties in the sort's own direction, so an index (column, registered_at, id) reads it in order.
    q = q
      .orderBy(column, dir)
      .orderBy('h.registeredAt', dir)
      .orderBy('h.id', dir)
      .offset(cursor && 'offset' in cursor ? cursor.offset : 0);
  }
  const rows = await q.limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  let nextCursor: string | null = null;
  if (rows.length > limit && last) {
    nextCursor =
      query.sort === 'registeredAt'
        ? encodeCursor({ at: new Date(last.registeredAt).toISOString(), id: last.id })
        : encodeCursor({ offset: (cursor && 'offset' in cursor ? cursor.offset : 0) + limit });
  }
  const data: HazardListItem[] = page.map((h) => ({
    id: h.id,
    enterpriseId: h.enterpriseId,
    name: h.name,
    state: h.state,
    grade: h.grade,
    dangerSrc: h.dangerSrc,
    rectificationType: h.rectificationType,
    unitId: h.unitId,
    unitName: h.unitName,
    ownerUserId: h.ownerUserId,
    ownerName: h.ownerName,
    reporterName: reporterNameFor(actor, h, h.reporterName),
    registeredAt: new Date(h.registeredAt).toISOString(),
    deadline: h.deadline,
    overdue: isOverdue(h.state, h.deadline, today),
    due: hazardDue(calendar, h.state, h.deadline, today),
    recurring: Boolean(h.recurring),
    hasBeforePhoto: Boolean(h.hasBeforePhoto),
  }));
  const report = mayReport(actor, scope);
  return { data, nextCursor, abilities: { report, quickReport: report, archive: mayArchive(actor, scope) } };
}
