import type { AssignmentListQuery, AssignmentState, AssignmentSummary } from '@shuangkong/contracts';
import type { Actor } from '../../../identity/index.ts';
import { getWorkingDayCalendar, shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import type { Db } from '../../supervision.database.ts';
import { presentAssignment } from '../assignment.presenter.ts';
import { assignmentRows, visibleAssignmentRows } from './assignment-rows.ts';

/** A county has hundreds of registered risks, not tens of thousands. */
const LIMIT = 1000;

const views: Record<AssignmentListQuery['view'], readonly AssignmentState[]> = {
  active: ['toAssign', 'issued', 'received', 'acknowledged', 'closeOutRequested', 'closeOutReturned'],
  toAssign: ['toAssign'],
  assigned: ['issued', 'received', 'acknowledged', 'closeOutRequested', 'closeOutReturned'],
  closeOut: ['closeOutRequested', 'closeOutReturned', 'closed'],
  history: ['closed', 'lapsed'],
  all: [
    'toAssign',
    'issued',
    'received',
    'acknowledged',
    'closeOutRequested',
    'closeOutReturned',
    'closed',
    'lapsed',
  ],
};

/** What an enterprise sees: the letters addressed to it (never a risk not yet assigned). */
export const LETTER_STATES: readonly AssignmentState[] = [
  'issued',
  'received',
  'acknowledged',
  'closeOutRequested',
  'closeOutReturned',
  'closed',
];

/**
 * 登记造册 for a regulator: every registered risk of the enterprises in its remit, by deadline
 * (the most urgent first), with its state and chip.
 */
export async function listAssignmentsForRegulator(
  db: Db,
  actor: Actor,
  query: AssignmentListQuery,
): Promise<AssignmentSummary[]> {
  let q = visibleAssignmentRows(db, actor).where(
    'a.state',
    'in',
    query.state ? [query.state] : views[query.view],
  );
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([eb('e.name', 'ilike', like), eb('u.name', 'ilike', like), eb('a.docNumber', 'ilike', like)]),
    );
  }
  const rows = await q
    .orderBy(
      (eb) =>
        eb
          .case()
          .when('a.state', '=', 'toAssign')
          .then(eb.ref('a.assignDueOn'))
          .when('a.state', '=', 'closeOutRequested')
          .then(eb.ref('a.verifyDueOn'))
          .else(eb.ref('a.respondBy'))
          .end(),
      'asc',
    )
    .orderBy('e.name')
    .orderBy('u.name')
    .limit(LIMIT)
    .execute();
  const calendar = await getWorkingDayCalendar(db);
  const today = shanghaiCivilDate();
  return rows.map((r) => presentAssignment(r, actor, calendar, today));
}

/** The letters addressed to one enterprise (its scope proven by the caller), newest first. */
export async function listAssignmentsOfEnterprise(
  db: Db,
  actor: Actor,
  enterpriseId: string,
): Promise<AssignmentSummary[]> {
  const rows = await assignmentRows(db)
    .where('a.enterpriseId', '=', enterpriseId)
    .where('a.state', 'in', LETTER_STATES)
    .orderBy('a.issuedAt', 'desc')
    .limit(LIMIT)
    .execute();
  const calendar = await getWorkingDayCalendar(db);
  const today = shanghaiCivilDate();
  return rows.map((r) => presentAssignment(r, actor, calendar, today));
}
