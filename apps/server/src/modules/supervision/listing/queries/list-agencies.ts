import type { ListingAgency } from '@shuangkong/contracts';
import type { Db } from '../../supervision.database.ts';

/** The platform's third-party agency accounts (安全评价机构) an enterprise may commission. */
export async function listAgencies(db: Db): Promise<ListingAgency[]> {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('userRoles as r', 'r.userId', 'u.id')
    .select(['u.id as userId', 'u.name'])
    .where('r.role', '=', 'agency')
    .where('u.status', '=', 'active')
    .orderBy('u.name')
    .execute();
  return rows;
}

export async function isAgencyAccount(db: Db, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('userRoles as r', 'r.userId', 'u.id')
    .select('u.id')
    .where('u.id', '=', userId)
    .where('r.role', '=', 'agency')
    .where('u.status', '=', 'active')
    .executeTakeFirst();
  return row !== undefined;
}
