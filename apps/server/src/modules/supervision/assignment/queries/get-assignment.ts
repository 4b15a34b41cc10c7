import type { AssignmentDetail } from '@shuangkong/contracts';
import { notFound } from '../../../../kernel/index.ts';
import type { Actor } from '../../../identity/index.ts';
import { getWorkingDayCalendar } from '../../../../platform/calendar/index.ts';
import type { Db } from '../../supervision.database.ts';
import { presentAssignment, presentDetail } from '../assignment.presenter.ts';
import { assignmentRows } from './assignment-rows.ts';

/** One assignment with its letter and close-out rounds; the caller has proven the enterprise. */
export async function getAssignment(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  id: string,
  options: { lettersOnly: boolean },
): Promise<AssignmentDetail> {
  let q = assignmentRows(db)
    .innerJoin('supervisionAssignments as x', (j) =>
      j.onRef('x.enterpriseId', '=', 'a.enterpriseId').onRef('x.id', '=', 'a.id'),
    )
    .select(['x.letter', 'x.issuedByName', 'x.receivedByName', 'x.acknowledgedByName'])
    .where('a.enterpriseId', '=', enterpriseId)
    .where('a.id', '=', id);
  if (options.lettersOnly) q = q.where('a.state', 'not in', ['toAssign', 'lapsed']);
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('Assignment');
  const closeOuts = await db
    .selectFrom('supervisionCloseOuts')
    .selectAll()
    .where('enterpriseId', '=', enterpriseId)
    .where('assignmentId', '=', id)
    .orderBy('requestedAt', 'desc')
    .execute();
  const calendar = await getWorkingDayCalendar(db);
  return presentDetail(presentAssignment(row, actor, calendar), {
    letter: row.letter,
    issuedByName: row.issuedByName,
    receivedByName: row.receivedByName,
    acknowledgedByName: row.acknowledgedByName,
    closeOuts,
  });
}
