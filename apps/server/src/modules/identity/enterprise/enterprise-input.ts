import type { Db } from '../identity.database.ts';
import { identityErrors } from '../identity.errors.ts';

/** The jurisdiction's path, or 400 naming the field. */
export async function resolveJurisdictionPath(
  db: Db,
  code: string,
  field = 'body.jurisdictionCode',
): Promise<string> {
  const row = await db.selectFrom('jurisdictions').select('path').where('code', '=', code).executeTakeFirst();
  if (!row) throw identityErrors.unknownJurisdiction(field);
  return row.path;
}

/** 400 naming the first unknown industry code. */
export async function assertIndustriesExist(
  db: Db,
  codes: readonly string[],
  field = 'body.industryCodes',
): Promise<void> {
  const known = await db
    .selectFrom('industries')
    .select('code')
    .where('code', 'in', [...codes])
    .execute();
  const set = new Set(known.map((k) => k.code));
  const index = codes.findIndex((c) => !set.has(c));
  if (index >= 0) throw identityErrors.unknownIndustry(`${field}.${index}`);
}
