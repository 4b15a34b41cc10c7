import type { Db } from '../identity.database.ts';

const columns = ['code', 'parentCode', 'nameZh', 'nameEn', 'gbt4754', 'isHighRisk'] as const;

/** Every industry in its shipped order. Public reference data, so unscoped. */
export async function listIndustries(db: Db) {
  return db.selectFrom('industries').select(columns).orderBy('sort').orderBy('code').execute();
}

export async function findIndustry(db: Db, code: string) {
  return db.selectFrom('industries').select(columns).where('code', '=', code).executeTakeFirst();
}
export type IndustryRow = NonNullable<Awaited<ReturnType<typeof findIndustry>>>;
