import { sql } from 'kysely';
import type { Db } from '../supervision.database.ts';
import type { ReportRow } from './progress-report.presenter.ts';

/** Reports of one enterprise (already proven visible), newest month first; or one month's, or one id. */
export async function findReports(
  db: Db,
  enterpriseId: string,
  where: { month?: string; id?: string } = {},
): Promise<ReportRow[]> {
  let q = db
    .selectFrom('supervisionProgressReports as r')
    .innerJoin('enterprises as e', 'e.id', 'r.enterpriseId')
    .selectAll('r')
    .select('e.name as enterpriseName')
    .where('r.enterpriseId', '=', enterpriseId);
  if (where.month) q = q.where('r.month', '=', where.month);
  if (where.id) q = q.where('r.id', '=', where.id);
  return q.orderBy('r.month', 'desc').execute();
}

/** The reports of a month for the given enterprises (the regulators' 附件2). */
export async function reportsOfMonth(
  db: Db,
  enterpriseIds: readonly string[],
  month: string,
): Promise<ReportRow[]> {
  if (enterpriseIds.length === 0) return [];
  return db
    .selectFrom('supervisionProgressReports as r')
    .innerJoin('enterprises as e', 'e.id', 'r.enterpriseId')
    .selectAll('r')
    .select('e.name as enterpriseName')
    .where('r.month', '=', month)
    .where(sql<boolean>`r.enterprise_id = any(${enterpriseIds}::uuid[])`)
    .execute();
}
