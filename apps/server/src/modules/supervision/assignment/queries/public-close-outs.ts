import type { PublicCloseOut } from '@shuangkong/contracts';
import { shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import type { Db } from '../../supervision.database.ts';

/**
 * 重大风险销号公示 (seed 002: 重大风险销号要向社会公示): the close-outs of major risks, with the
 * fields a notice publishes — who, which risk, by which letter and regulator, when — and nothing of
 * the signatures, statements or people.
 */
export async function listPublicCloseOuts(db: Db): Promise<PublicCloseOut[]> {
  const rows = await db
    .selectFrom('supervisionCloseOuts as c')
    .innerJoin('supervisionAssignments as a', (j) =>
      j.onRef('a.enterpriseId', '=', 'c.enterpriseId').onRef('a.id', '=', 'c.assignmentId'),
    )
    .innerJoin('enterprises as e', 'e.id', 'c.enterpriseId')
    .innerJoin('riskUnits as u', (j) =>
      j.onRef('u.enterpriseId', '=', 'a.enterpriseId').onRef('u.id', '=', 'a.unitId'),
    )
    .select([
      'e.name as enterpriseName',
      'u.name as unitName',
      'a.gradedLevel',
      'a.docNumber',
      'a.regulatorName',
      'c.decidedAt',
    ])
    .where('c.published', '=', true)
    .where('c.decision', '=', 'approved')
    .orderBy('c.decidedAt', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    enterpriseName: r.enterpriseName,
    unitName: r.unitName,
    gradedLevel: r.gradedLevel,
    docNumber: r.docNumber ?? '',
    regulatorName: r.regulatorName ?? '',
    closedOn: shanghaiCivilDate(new Date(r.decidedAt!)),
  }));
}
