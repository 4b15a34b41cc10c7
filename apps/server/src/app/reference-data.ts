import { industries } from '@shuangkong/contracts';
import type { Db } from './db-schema.ts';

/**
 * Brings the industry code list in the database up to the one shipped in code. New codes are
 * added; names an administrator edited and their high-risk flags are kept.
 */
export async function syncReferenceData(db: Db): Promise<void> {
  const rows = industries.map((industry, sort) => ({
    code: industry.code,
    parentCode: industry.parentCode ?? null,
    nameZh: industry.nameZh,
    nameEn: industry.nameEn,
    gbt4754: industry.gbt4754 ? [...industry.gbt4754] : null,
    isHighRisk: industry.isHighRisk,
    sort,
  }));
  // Parents first, so the self-reference holds inside one statement batch.
  const ordered = [...rows.filter((r) => !r.parentCode), ...rows.filter((r) => r.parentCode)];
  await db
    .insertInto('industries')
    .values(ordered)
    .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({ sort: eb.ref('excluded.sort') })))
    .execute();
}
