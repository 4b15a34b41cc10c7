import {
  INSPECTION_COMPLETION_TARGET,
  PROGRESS_MILESTONES,
  type MilestoneStatus,
  type ProgressCounts,
  type ProgressMilestone,
  type ProgressReportState,
} from '@shuangkong/contracts';

/**
 * What the enterprise's own data says about its set-up, read for one month (no second entry).
 * Dates are civil dates (YYYY-MM-DD, Asia/Shanghai).
 */
export type ProgressFacts = {
  status: 'pending' | 'approved' | 'rejected';
  /** When the registration was approved. */
  approvedOn: string | null;
  /** The first publication of the risk register (risk's register revisions). */
  registerPublishedOn: string | null;
  /** Live (not archived) risk units and those approved. */
  units: number;
  unitsApproved: number;
  /** The first site plan that has zones on it, and how many live units are placed. */
  mapOn: string | null;
  unitsPlaced: number;
  /** Posts with live risk units, those with a printed post card (告知卡), and the day the last of them got its first. */
  posts: number;
  postsCarded: number;
  cardsOn: string | null;
  /** Inspection items in force and the first generated task. */
  items: number;
  firstTaskOn: string | null;
  /** The month's tasks that were due (done + missed) and done, counted as inspection's indicators do. */
  due: number;
  done: number;
  /** The month's report. */
  reportState: ProgressReportState | null;
  reportOn: string | null;
};

const status = (
  key: ProgressMilestone,
  done: boolean,
  date: string | null,
  lack: string | null,
  have: number | null = null,
  need: number | null = null,
): MilestoneStatus => ({ key, done, date: done ? date : null, have, need, lack: done ? null : lack });

/** Reached by the end of the month: a milestone with a later date was not reached then. */
const by = (date: string | null, monthEnd: string) => date !== null && date <= monthEnd;

/** The share of due checks done (four places), or null when nothing was due. */
export function completionRate(due: number, done: number): number | null {
  return due === 0 ? null : Math.round((done / due) * 10_000) / 10_000;
}

/**
 * The seven milestones of one enterprise as of the end of `month` (its last day, `monthEnd`).
 * A milestone that needs an earlier one (a register needs an approved registration) is not reached
 * before it; each unreached one names what is missing.
 */
export function milestonesOf(f: ProgressFacts, monthEnd: string): MilestoneStatus[] {
  const registered = f.status === 'approved' && by(f.approvedOn, monthEnd);
  const registerApproved = registered && by(f.registerPublishedOn, monthEnd);
  const mapDrawn = registerApproved && f.unitsPlaced > 0 && by(f.mapOn, monthEnd);
  const cardsPrinted = registerApproved && f.posts > 0 && f.postsCarded >= f.posts && by(f.cardsOn, monthEnd);
  const checklistsRunning = registerApproved && f.items > 0 && by(f.firstTaskOn, monthEnd);
  const rate = completionRate(f.due, f.done);
  const inspectionsCompleted = checklistsRunning && rate !== null && rate >= INSPECTION_COMPLETION_TARGET;
  const reportSubmitted =
    registered && (f.reportState === 'submitted' || f.reportState === 'accepted') && f.reportOn !== null;

  const notRegistered =
    f.status === 'pending' ? 'pendingApproval' : f.status === 'rejected' ? 'rejected' : 'notRegistered';
  const needRegister = registered ? null : notRegistered;
  const needPublished = !registered ? notRegistered : !registerApproved ? 'registerNotApproved' : null;

  return [
    status('registered', registered, f.approvedOn, notRegistered),
    status(
      'registerApproved',
      registerApproved,
      f.registerPublishedOn,
      needRegister ?? (f.units === 0 ? 'noRegister' : 'notPublished'),
      f.unitsApproved,
      f.units,
    ),
    status(
      'mapDrawn',
      mapDrawn,
      f.mapOn,
      needPublished ?? (f.mapOn === null ? 'noSitePlan' : 'noZones'),
      f.unitsPlaced,
      f.units,
    ),
    status(
      'cardsPrinted',
      cardsPrinted,
      f.cardsOn,
      needPublished ?? (f.posts === 0 ? 'noPosts' : f.postsCarded === 0 ? 'noCards' : 'cardsMissing'),
      f.postsCarded,
      f.posts,
    ),
    status(
      'checklistsRunning',
      checklistsRunning,
      f.firstTaskOn,
      needPublished ?? (f.items === 0 ? 'noChecklist' : 'noTasks'),
      f.items,
      null,
    ),
    status(
      'inspectionsCompleted',
      inspectionsCompleted,
      null,
      !checklistsRunning ? 'checklistsNotRunning' : rate === null ? 'nothingDue' : 'belowTarget',
      f.done,
      f.due,
    ),
    status(
      'reportSubmitted',
      reportSubmitted,
      f.reportOn,
      needRegister ?? (f.reportState === 'returned' ? 'reportReturned' : 'reportMissing'),
    ),
  ];
}

/** Counts per milestone over a set of enterprises' milestones. */
export function countMilestones(rows: readonly (readonly MilestoneStatus[])[]): ProgressCounts {
  const reached = Object.fromEntries(PROGRESS_MILESTONES.map((k) => [k, 0])) as Record<
    ProgressMilestone,
    number
  >;
  let complete = 0;
  for (const milestones of rows) {
    for (const m of milestones) if (m.done) reached[m.key] += 1;
    if (milestones.every((m) => m.done)) complete += 1;
  }
  return { total: rows.length, reached, complete };
}

/** The first and last day of a month 'YYYY-MM'. */
export function monthBounds(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The last full month before the civil date `today` (YYYY-MM-DD). */
export function lastFullMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
