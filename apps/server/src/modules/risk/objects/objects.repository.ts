import type { RegisterTreeQuery } from '@shuangkong/contracts';
import { sql, type Selectable } from 'kysely';
import type { DB, Db, Trx } from '../risk.database.ts';
import type { EnterpriseScope } from '../units/enterprise-ref.ts';

export type ObjectRow = Selectable<DB['riskObjects']>;

export async function findObject(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  objectId: string,
): Promise<ObjectRow | undefined> {
  return db
    .selectFrom('riskObjects')
    .selectAll()
    .where('enterpriseId', '=', enterprise.id)
    .where('id', '=', objectId)
    .executeTakeFirst();
}

export async function isObjectCodeTaken(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  code: string,
  exceptId?: string,
) {
  let q = db
    .selectFrom('riskObjects')
    .select('id')
    .where('enterpriseId', '=', enterprise.id)
    .where('code', '=', code);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** Current levels of an object's active units, for its roll-up. */
export async function findUnitLevelsOfObjects(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  objectIds: readonly string[],
) {
  if (objectIds.length === 0) return [];
  return db
    .selectFrom('riskUnits')
    .select(['objectId', 'currentLevel'])
    .where('enterpriseId', '=', enterprise.id)
    .where('objectId', 'in', objectIds)
    .where('archivedAt', 'is', null)
    .execute();
}

const escapeLike = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One page of active objects, filtered by a unit level and a keyword (object or unit name/code).
 * Filters are EXISTS subqueries on the unit index, so the page costs the same at 2,000 units.
 */
export async function findObjectsPage(db: Db, enterprise: EnterpriseScope, query: RegisterTreeQuery) {
  let base = db
    .selectFrom('riskObjects as o')
    .where('o.enterpriseId', '=', enterprise.id)
    .where('o.archivedAt', 'is', null);
  if (query.level) {
    const level = query.level;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('riskUnits as u')
          .select(sql`1`.as('one'))
          .where('u.enterpriseId', '=', enterprise.id)
          .whereRef('u.objectId', '=', 'o.id')
          .where('u.archivedAt', 'is', null)
          .where('u.currentLevel', '=', level),
      ),
    );
  }
  if (query.q) {
    const like = escapeLike(query.q);
    base = base.where((eb) =>
      eb.or([
        eb('o.name', 'like', like),
        eb('o.code', 'like', like),
        eb.exists(
          eb
            .selectFrom('riskUnits as u')
            .select(sql`1`.as('one'))
            .where('u.enterpriseId', '=', enterprise.id)
            .whereRef('u.objectId', '=', 'o.id')
            .where('u.archivedAt', 'is', null)
            .where((w) => w.or([w('u.name', 'like', like), w('u.code', 'like', like)])),
        ),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base
      .selectAll('o')
      .orderBy('o.sort')
      .orderBy('o.code')
      .orderBy('o.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

/** The active units of some objects with their event counts, aggregated in one grouped join. */
export async function findTreeUnits(db: Db, enterprise: EnterpriseScope, objectIds: readonly string[]) {
  if (objectIds.length === 0) return [];
  return db
    .selectFrom('riskUnits as u')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('riskEvents as e')
          .select(['e.unitId', (x) => x.fn.countAll<string>().as('eventCount')])
          .where('e.enterpriseId', '=', enterprise.id)
          .where('e.unitId', 'in', (x) =>
            x
              .selectFrom('riskUnits as iu')
              .select('iu.id')
              .where('iu.enterpriseId', '=', enterprise.id)
              .where('iu.objectId', 'in', objectIds),
          )
          .groupBy('e.unitId')
          .as('ec'),
      (join) => join.onRef('ec.unitId', '=', 'u.id'),
    )
    .select([
      'u.id',
      'u.objectId',
      'u.code',
      'u.name',
      'u.status',
      'u.inherentLevel',
      'u.residualLevel',
      'u.currentLevel',
      'u.outOfControlReason',
      'u.controlTier',
      'u.needsReassessment',
      'ec.eventCount',
    ])
    .where('u.enterpriseId', '=', enterprise.id)
    .where('u.objectId', 'in', objectIds)
    .where('u.archivedAt', 'is', null)
    .orderBy('u.sort')
    .orderBy('u.code')
    .execute();
}
export type TreeUnitRow = Awaited<ReturnType<typeof findTreeUnits>>[number];

/** The enterprise's active major sources (GB 18218) with their grades. */
export async function findMajorSources(db: Db, enterprise: EnterpriseScope) {
  return db
    .selectFrom('riskObjects')
    .select(['id', 'code', 'name', 'majorSourceCode', 'majorSourceGrade'])
    .where('enterpriseId', '=', enterprise.id)
    .where('isMajorSource', '=', true)
    .where('archivedAt', 'is', null)
    .orderBy('code')
    .execute();
}
