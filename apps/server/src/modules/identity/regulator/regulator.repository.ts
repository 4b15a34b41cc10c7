import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB, Db, Trx } from '../identity.database.ts';
import type { Actor } from '../../../kernel/index.ts';

type EB = ExpressionBuilder<DB & { r: DB['regulators']; j: DB['jurisdictions'] }, 'r' | 'j'>;

/**
 * The regulators an actor may see, as a WHERE condition on `r` joined to its jurisdiction `j`:
 * all for the platform; for a department, those at, above or below its own place (its line of
 * command); for an enterprise, the active ones whose remit covers it ("who supervises me").
 */
export function regulatorVisibleTo(actor: Actor) {
  return (eb: EB): Expression<SqlBool> => {
    const scope = actor.scope;
    switch (scope.kind) {
      case 'platform':
        return sql<boolean>`true`;
      case 'none':
        return sql<boolean>`false`;
      case 'regulator':
        return eb.exists(
          eb
            .selectFrom('regulators as own')
            .innerJoin('jurisdictions as oj', 'oj.code', 'own.jurisdictionCode')
            .select(sql`1`.as('one'))
            .where('own.id', '=', scope.regulatorId)
            .where((w) =>
              w.or([
                w('j.path', '=', w.ref('oj.path')),
                w('j.path', 'like', sql<string>`${w.ref('oj.path')} || '.%'`),
                w('oj.path', 'like', sql<string>`${w.ref('j.path')} || '.%'`),
              ]),
            ),
        );
      case 'enterprise':
        return eb.and([
          eb('r.isActive', '=', true),
          eb.exists(
            eb
              .selectFrom('regulatorRemits as rr')
              .innerJoin('jurisdictions as rj', 'rj.code', 'rr.jurisdictionCode')
              .innerJoin('enterprises as e', (join) => join.on('e.id', '=', scope.enterpriseId))
              .select(sql`1`.as('one'))
              .whereRef('rr.regulatorId', '=', 'r.id')
              .where((w) =>
                w.or([
                  w('e.jurisdictionPath', '=', w.ref('rj.path')),
                  w('e.jurisdictionPath', 'like', sql<string>`${w.ref('rj.path')} || '.%'`),
                ]),
              )
              .where((w) =>
                w.or([
                  w('rr.industryCode', '=', '*'),
                  w.exists(
                    w
                      .selectFrom('enterpriseIndustries as ei')
                      .select(sql`1`.as('one'))
                      .whereRef('ei.enterpriseId', '=', 'e.id')
                      .where((x) =>
                        x.or([
                          x('ei.industryCode', '=', x.ref('rr.industryCode')),
                          x('ei.industryCode', 'like', sql<string>`${x.ref('rr.industryCode')} || '.%'`),
                        ]),
                      ),
                  ),
                ]),
              ),
          ),
        ]);
    }
  };
}

const columns = [
  'r.id',
  'r.name',
  'r.kind',
  'r.jurisdictionCode',
  'j.name as jurisdictionName',
  'j.path as jurisdictionPath',
  'r.isActive',
] as const;

/** One regulator if the actor may see it; `undefined` otherwise (callers answer 404). */
export async function findRegulatorForActor(db: Db, actor: Actor, id: string) {
  return db
    .selectFrom('regulators as r')
    .innerJoin('jurisdictions as j', 'j.code', 'r.jurisdictionCode')
    .select(columns)
    .where('r.id', '=', id)
    .where(regulatorVisibleTo(actor))
    .executeTakeFirst();
}
export type RegulatorRow = NonNullable<Awaited<ReturnType<typeof findRegulatorForActor>>>;

/** The regulators the actor may see, by place then name. */
export async function listRegulatorsForActor(db: Db, actor: Actor) {
  return db
    .selectFrom('regulators as r')
    .innerJoin('jurisdictions as j', 'j.code', 'r.jurisdictionCode')
    .select(columns)
    .where(regulatorVisibleTo(actor))
    .orderBy('j.path')
    .orderBy('r.name')
    .orderBy('r.id')
    .execute();
}

/** The remits of the given regulators (callers have already checked visibility). */
export async function remitsOf(db: Db | Trx, regulatorIds: readonly string[]) {
  if (regulatorIds.length === 0) return [];
  return db
    .selectFrom('regulatorRemits as rr')
    .innerJoin('jurisdictions as j', 'j.code', 'rr.jurisdictionCode')
    .select(['rr.regulatorId', 'rr.jurisdictionCode', 'j.name as jurisdictionName', 'rr.industryCode'])
    .where('rr.regulatorId', 'in', [...regulatorIds])
    .orderBy('j.path')
    .orderBy('rr.industryCode')
    .execute();
}
export type RemitRow = Awaited<ReturnType<typeof remitsOf>>[number];
