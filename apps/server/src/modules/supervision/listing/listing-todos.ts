import { LISTING_NEAR_DEADLINE_WORKING_DAYS } from '@shuangkong/contracts';
import { can, tablesOf } from '../../../kernel/index.ts';
import { getWorkingDayCalendar, shanghaiCivilDate } from '../../../platform/calendar/index.ts';
import type { TodoContext } from '../../../platform/modules/index.ts';
import type { TodoItem } from '../../../platform/notify/index.ts';
import type { DB } from '../supervision.database.ts';
import { listingVisibleTo } from './listing-scope.ts';
import { rectifiedHazardStates } from './listing.state.ts';

/**
 * The listing lines of the home page's 待办: for regulators, listings near their deadline
 * (≤ 5 working days) or past it, and verifications and delistings due; for the agency, the
 * evaluations it was commissioned for; for the enterprise, listings to rectify and evaluations to
 * ask for.
 */
export async function listingTodos(context: TodoContext): Promise<TodoItem[]> {
  const { actor } = context;
  const regulator = actor.scope.kind === 'regulator' && can(actor, 'supervision.read');
  const agency = actor.scope.kind === 'none' && can(actor, 'supervision.evaluate');
  const enterprise = actor.scope.kind === 'enterprise' && can(actor, 'supervision.respond');
  if (!regulator && !agency && !enterprise) return [];
  const db = tablesOf<DB>(context.db);
  const rows = await db
    .selectFrom('supervisionHazardListings as l')
    .innerJoin('enterprises as e', 'e.id', 'l.enterpriseId')
    .innerJoin('hazards as h', (j) =>
      j.onRef('h.enterpriseId', '=', 'l.enterpriseId').onRef('h.id', '=', 'l.hazardId'),
    )
    .select(['l.state', 'l.deadline', 'l.evaluationDue', 'h.state as hazardState'])
    .where(listingVisibleTo(actor))
    .where('l.state', '<>', 'delisted')
    .execute();
  if (rows.length === 0) return [];
  const today = shanghaiCivilDate();
  const calendar = await getWorkingDayCalendar(db);
  const rectifying = rows.filter((r) => r.state === 'rectifying');
  const overdue = rectifying.filter((r) => today > r.deadline).length;
  const near = rectifying.filter(
    (r) =>
      today <= r.deadline &&
      calendar.workingDaysBetween(today, r.deadline) <= LISTING_NEAR_DEADLINE_WORKING_DAYS,
  ).length;
  const count = (state: string) => rows.filter((r) => r.state === state).length;
  const items: TodoItem[] = [];
  const line = (key: string, title: string, n: number, link: string) => {
    if (n > 0) items.push({ key, title, count: n, link });
  };
  if (regulator) {
    line('listingsOverdue', '逾期未整改的挂牌督办隐患', overdue, '/supervision/listings?filter=overdue');
    line(
      'listingsNearDeadline',
      '临近整改期限的挂牌督办隐患',
      near,
      '/supervision/listings?filter=attention',
    );
    line(
      'listingsToVerify',
      '待现场核查的挂牌督办隐患',
      count('verifying'),
      '/supervision/listings?state=verifying',
    );
    line(
      'listingsToDelist',
      '待摘牌的挂牌督办隐患',
      count('verified'),
      '/supervision/listings?state=verified',
    );
  }
  if (agency)
    line('listingsToEvaluate', '待评估的挂牌督办隐患', count('evaluating'), '/supervision/listings');
  if (enterprise) {
    line('listingsToRectify', '挂牌督办的重大事故隐患（整改中）', rectifying.length, '/supervision/listings');
    line(
      'listingsToRequestEvaluation',
      '已整改待申请评估的挂牌督办隐患',
      rectifying.filter((r) => rectifiedHazardStates.includes(r.hazardState)).length,
      '/supervision/listings',
    );
  }
  return items;
}
