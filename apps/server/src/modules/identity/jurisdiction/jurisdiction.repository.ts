import type { Db } from '../identity.database.ts';

const columns = ['code', 'parentCode', 'name', 'level', 'path'] as const;

/** The whole region tree, parents before children. It is public reference data, so unscoped. */
export async function listJurisdictions(db: Db) {
  return db.selectFrom('jurisdictions').select(columns).orderBy('path').execute();
}

export async function findJurisdiction(db: Db, code: string) {
  return db.selectFrom('jurisdictions').select(columns).where('code', '=', code).executeTakeFirst();
}
export type JurisdictionRow = NonNullable<Awaited<ReturnType<typeof findJurisdiction>>>;
