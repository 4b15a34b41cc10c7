import type { EnterpriseListQuery } from '@shuangkong/contracts';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB, Db } from '../identity.database.ts';
import { tablesOf, type Actor, type WithTables } from '../../../kernel/index.ts';
import type { IdentityReadTables } from '../identity.read-tables.ts';

type EB = ExpressionBuilder<DB & { e: DB['enterprises'] }, 'e'>;

/**
 * The enterprises an actor may see, as a WHERE condition on alias `e`: its own enterprise, the
 * enterprises inside a regulator's remit (place subtree × industries), or all for the platform.
 */
export function enterpriseVisibleTo(actor: Actor) {
  return (eb: EB): Expression<SqlBool> => {
    const scope = actor.scope;
    switch (scope.kind) {
      case 'platform':
        return sql<boolean>`true`;
      case 'enterprise':
        return eb('e.id', '=', scope.enterpriseId);
      case 'none':
        return sql<boolean>`false`;
      case 'regulator': {
        if (scope.remits.length === 0) return sql<boolean>`false`;
        // Remits are grouped by place; each place's industries become one uncorrelated
        // IN-subquery, which PostgreSQL runs once and hashes instead of probing per enterprise.
        const byPath = new Map<string, string[]>();
        for (const r of scope.remits)
          byPath.set(r.jurisdictionPath, [...(byPath.get(r.jurisdictionPath) ?? []), r.industryCode]);
        return eb.or(
          [...byPath].map(([path, codes]) => {
            const inPlace = eb.or([
              eb('e.jurisdictionPath', '=', path),
              eb('e.jurisdictionPath', 'like', `${path}.%`),
            ]);
            if (codes.includes('*')) return inPlace;
            return eb.and([
              inPlace,
              eb(
                'e.id',
                'in',
                eb
                  .selectFrom('enterpriseIndustries as ei')
                  .select('ei.enterpriseId')
                  .where((w) =>
                    w.or([
                      w('ei.industryCode', 'in', codes),
                      ...codes.map((code) => w('ei.industryCode', 'like', `${code}.%`)),
                    ]),
                  ),
              ),
            ]);
          }),
        );
      }
    }
  };
}

const enterpriseColumns = [
  'e.id',
  'e.name',
  'e.creditCode',
  'e.address',
  'e.jurisdictionCode',
  'e.jurisdictionPath',
  'e.scale',
  'e.isHighRisk',
  'e.principalName',
  'e.principalPhone',
  'e.contactName',
  'e.contactPhone',
  'e.lat',
  'e.lng',
  'e.employeeCount',
  'e.safeSinceDate',
  'e.hazardousChemicalCode',
  'e.legalRepresentative',
  'e.safetyLeadName',
  'e.safetyLeadPhone',
  'e.dutyPhone',
  'e.industrialPark',
  'e.operatingStatus',
  'e.standardisationGrade',
  'e.keyProcesses',
  'e.keyChemicals',
  'e.hasMajorHazardSource',
  'e.status',
  'e.reviewReason',
  'e.createdAt',
  'e.updatedAt',
  'j.name as jurisdictionName',
] as const;

function industriesOf(eb: EB) {
  return eb
    .selectFrom('enterpriseIndustries as ei')
    .select(sql<string[]>`coalesce(array_agg(ei.industry_code order by ei.industry_code), '{}')`.as('codes'))
    .whereRef('ei.enterpriseId', '=', 'e.id');
}

/** One enterprise if the actor may see it; `undefined` otherwise (callers answer 404). */
export async function findEnterpriseForActor(
  handle: WithTables<IdentityReadTables>,
  actor: Actor,
  id: string,
) {
  return tablesOf<DB>(handle)
    .selectFrom('enterprises as e')
    .innerJoin('jurisdictions as j', 'j.code', 'e.jurisdictionCode')
    .select(enterpriseColumns)
    .select((eb) => industriesOf(eb).as('industryCodes'))
    .where('e.id', '=', id)
    .where(enterpriseVisibleTo(actor))
    .executeTakeFirst();
}
export type EnterpriseRow = NonNullable<Awaited<ReturnType<typeof findEnterpriseForActor>>>;

/** A page of the enterprises the actor may see, filtered and counted. */
export async function listEnterprisesForActor(db: Db, actor: Actor, query: EnterpriseListQuery) {
  let base = db
    .selectFrom('enterprises as e')
    .innerJoin('jurisdictions as j', 'j.code', 'e.jurisdictionCode')
    .where(enterpriseVisibleTo(actor));
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where((eb) =>
      eb.or([eb('e.name', 'like', like), eb('e.creditCode', '=', query.q?.toUpperCase() ?? '')]),
    );
  }
  if (query.jurisdictionCode) {
    const code = query.jurisdictionCode;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('jurisdictions as f')
          .select(sql`1`.as('one'))
          .where('f.code', '=', code)
          .where((w) =>
            w.or([
              w('e.jurisdictionPath', '=', w.ref('f.path')),
              w('e.jurisdictionPath', 'like', sql<string>`f.path || '.%'`),
            ]),
          ),
      ),
    );
  }
  if (query.industryCode) {
    const code = query.industryCode;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('enterpriseIndustries as fi')
          .select(sql`1`.as('one'))
          .whereRef('fi.enterpriseId', '=', 'e.id')
          .where((w) => w.or([w('fi.industryCode', '=', code), w('fi.industryCode', 'like', `${code}.%`)])),
      ),
    );
  }
  if (query.scale) base = base.where('e.scale', '=', query.scale);
  if (query.status) base = base.where('e.status', '=', query.status);
  if (query.isHighRisk) base = base.where('e.isHighRisk', '=', query.isHighRisk === 'true');
  if (query.operatingStatus) base = base.where('e.operatingStatus', '=', query.operatingStatus);
  if (query.standardisationGrade)
    base = base.where('e.standardisationGrade', '=', query.standardisationGrade);
  if (query.hasMajorHazardSource)
    base = base.where('e.hasMajorHazardSource', '=', query.hasMajorHazardSource === 'true');
  if (query.keyProcess) {
    const process = query.keyProcess;
    base = base.where(sql<boolean>`${process} = any(e.key_processes)`);
  }

  const [rows, count] = await Promise.all([
    base
      .select(enterpriseColumns)
      .select((eb) => industriesOf(eb).as('industryCodes'))
      // Pending registrations first: they are what a regulator has to act on.
      .orderBy(sql`case when e.status = 'pending' then 0 else 1 end`)
      .orderBy('e.name')
      .orderBy('e.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

/** Unscoped lookup by credit code, for uniqueness checks only. */
export async function unsafeFindEnterpriseIdByCreditCode(db: Db, creditCode: string) {
  const row = await db
    .selectFrom('enterprises')
    .select('id')
    .where('creditCode', '=', creditCode)
    .executeTakeFirst();
  return row?.id;
}
