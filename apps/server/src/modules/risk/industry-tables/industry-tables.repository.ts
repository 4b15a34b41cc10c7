import type { IndustryTableDefault } from '@shuangkong/contracts';
import type { Db } from '../risk.database.ts';

/** Every industry's default tables, in the reference order of the industries. */
export async function listIndustryTableDefaults(db: Db): Promise<IndustryTableDefault[]> {
  const rows = await db
    .selectFrom('riskIndustryTableDefaults as d')
    .innerJoin('industries as i', 'i.code', 'd.industryCode')
    .select([
      'd.industryCode',
      'i.nameZh',
      'd.defaultMethod',
      'd.lecTable',
      'd.lsTable',
      'd.mesTable',
      'd.updatedAt',
    ])
    .orderBy('i.sort')
    .execute();
  return rows.map((r) => ({
    industryCode: r.industryCode,
    industryNameZh: r.nameZh,
    defaultMethod: r.defaultMethod,
    lecTable: r.lecTable,
    lsTable: r.lsTable,
    mesTable: r.mesTable,
    updatedAt: new Date(r.updatedAt).toISOString(),
  }));
}
