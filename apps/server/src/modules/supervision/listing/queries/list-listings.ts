import type { ListingListItem, ListingListQuery } from '@shuangkong/contracts';
import { LISTING_NEAR_DEADLINE_WORKING_DAYS } from '@shuangkong/contracts';
import { getWorkingDayCalendar, shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import type { Actor } from '../../../identity/index.ts';
import type { Db } from '../../supervision.database.ts';
import { listingVisibleTo } from '../listing-scope.ts';
import { dueChip, isEvaluationOverdue, isListingOverdue } from '../listing.state.ts';

/** A county lists tens of major hazards a year, not thousands. */
const LIMIT = 500;

/** The base query of listings the actor may see, with their enterprise and hazard. */
export function listingsFor(db: Db, actor: Actor) {
  return db
    .selectFrom('supervisionHazardListings as l')
    .innerJoin('enterprises as e', 'e.id', 'l.enterpriseId')
    .innerJoin('hazards as h', (j) =>
      j.onRef('h.enterpriseId', '=', 'l.enterpriseId').onRef('h.id', '=', 'l.hazardId'),
    )
    .where(listingVisibleTo(actor));
}

export const listItemColumns = [
  'l.id',
  'l.enterpriseId',
  'e.name as enterpriseName',
  'l.hazardId',
  'h.name as hazardName',
  'h.state as hazardState',
  'l.state',
  'l.authority',
  'l.authorityName',
  'l.documentNo',
  'l.listedAt',
  'l.deadline',
  'l.evaluationDue',
  'l.published',
  'l.exposedAt',
  'l.delistedAt',
] as const;

type Row = {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  hazardId: string;
  hazardName: string;
  hazardState: ListingListItem['hazardState'];
  state: ListingListItem['state'];
  authority: ListingListItem['authority'];
  authorityName: string;
  documentNo: string;
  listedAt: Date;
  deadline: string;
  evaluationDue: string | null;
  published: boolean;
  exposedAt: Date | null;
  delistedAt: Date | null;
  interviews: number;
};

export function presentListItem(
  r: Row,
  today: string,
  workingDaysBetween: (a: string, b: string) => number,
): ListingListItem {
  return {
    id: r.id,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterpriseName,
    hazardId: r.hazardId,
    hazardName: r.hazardName,
    hazardState: r.hazardState,
    state: r.state,
    authority: r.authority,
    authorityName: r.authorityName,
    documentNo: r.documentNo,
    listedAt: new Date(r.listedAt).toISOString(),
    deadline: r.deadline,
    due: dueChip(workingDaysBetween, r.state === 'rectifying', r.deadline, today),
    overdue: isListingOverdue(r.state, r.deadline, today),
    evaluationDue: r.evaluationDue,
    evaluationDueChip: dueChip(workingDaysBetween, r.state === 'evaluating', r.evaluationDue, today),
    published: r.published,
    exposed: r.exposedAt !== null,
    interviews: r.interviews,
    delistedAt: r.delistedAt ? new Date(r.delistedAt).toISOString() : null,
  };
}

/** Does a list line need attention: near or past its deadline, or its evaluation late? */
export function needsAttention(item: ListingListItem, today: string): boolean {
  if (item.overdue || isEvaluationOverdue(item.state, item.evaluationDue, today)) return true;
  return (
    (item.due?.workingDaysLeft ?? Infinity) <= LISTING_NEAR_DEADLINE_WORKING_DAYS ||
    (item.evaluationDueChip?.workingDaysLeft ?? Infinity) <= LISTING_NEAR_DEADLINE_WORKING_DAYS
  );
}

/** The listings the actor may see: open ones by deadline first, delisted ones last. */
export async function listListings(
  db: Db,
  actor: Actor,
  query: ListingListQuery,
): Promise<ListingListItem[]> {
  const today = shanghaiCivilDate();
  const calendar = await getWorkingDayCalendar(db);
  let q = listingsFor(db, actor)
    .select(listItemColumns)
    .select((eb) =>
      eb
        .selectFrom('supervisionListingInterviews as i')
        .select((b) => b.fn.countAll<number>().as('n'))
        .whereRef('i.enterpriseId', '=', 'l.enterpriseId')
        .whereRef('i.listingId', '=', 'l.id')
        .as('interviews'),
    );
  if (query.state) q = q.where('l.state', '=', query.state);
  if (query.hazardId) q = q.where('l.hazardId', '=', query.hazardId);
  if (query.filter !== 'all') q = q.where('l.state', '<>', 'delisted');
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([eb('h.name', 'ilike', like), eb('e.name', 'ilike', like), eb('l.documentNo', 'ilike', like)]),
    );
  }
  const rows = await q
    .orderBy((eb) => eb.case().when('l.state', '=', 'delisted').then(1).else(0).end())
    .orderBy('l.deadline', 'asc')
    .orderBy('l.listedAt', 'desc')
    .limit(LIMIT)
    .execute();
  const items = rows.map((r) =>
    presentListItem({ ...r, interviews: Number(r.interviews ?? 0) }, today, calendar.workingDaysBetween),
  );
  if (query.filter === 'overdue') return items.filter((i) => i.overdue);
  if (query.filter === 'attention') return items.filter((i) => needsAttention(i, today));
  return items;
}
