import type {
  AssignmentState,
  BulletinEnterpriseRow,
  BulletinSnapshot,
  RiskLevel,
} from '@shuangkong/contracts';
import { isLate } from '../assignment-deadlines.ts';

/** One assignment as the snapshot counts it (dates as civil dates in Shanghai). */
export type BulletinFact = {
  enterpriseId: string;
  enterpriseName: string;
  unitName: string;
  state: AssignmentState;
  gradedLevel: RiskLevel;
  currentLevel: RiskLevel | null;
  gradedOn: string;
  assignDueOn: string;
  docNumber: string | null;
  issuedOn: string | null;
  acknowledgedOn: string | null;
  closeOutRequestedOn: string | null;
  verifyDueOn: string | null;
  closedOn: string | null;
  lapsedOn: string | null;
};

const within = (d: string | null, start: string, end: string) => d !== null && d >= start && d <= end;

/**
 * 周调度 / 月通报 from the facts (seed 002 通报制): the risks registered during or before the period
 * and still open at its start, what was assigned, signed for and closed in it, and what was overdue
 * at its end (or today, for a period not over yet) — by enterprise. Pure.
 */
export function buildBulletinSnapshot(
  facts: readonly BulletinFact[],
  period: { start: string; end: string },
  today: string,
): BulletinSnapshot {
  const asOf = period.end < today ? period.end : today;
  const relevant = facts.filter(
    (f) =>
      f.gradedOn <= period.end &&
      !(f.closedOn !== null && f.closedOn < period.start) &&
      !(f.lapsedOn !== null && f.lapsedOn < period.start),
  );
  const byEnterprise = new Map<string, BulletinEnterpriseRow>();
  const totals = {
    registered: 0,
    major: 0,
    significant: 0,
    newlyGraded: 0,
    assignedInPeriod: 0,
    overdueAssignments: 0,
    acknowledged: 0,
    closedInPeriod: 0,
    closeOutsPending: 0,
    overdueVerifications: 0,
  };
  for (const f of relevant) {
    if (f.state === 'lapsed') continue;
    let row = byEnterprise.get(f.enterpriseId);
    if (!row) {
      row = {
        enterpriseId: f.enterpriseId,
        enterpriseName: f.enterpriseName,
        registered: 0,
        assigned: 0,
        acknowledged: 0,
        overdueAssignments: 0,
        closeOutsRequested: 0,
        closed: 0,
        overdueVerifications: 0,
        items: [],
      };
      byEnterprise.set(f.enterpriseId, row);
    }
    const notYetAssigned = f.issuedOn === null || f.issuedOn > asOf;
    const overdueAssignment = notYetAssigned
      ? isLate(f.assignDueOn, asOf)
      : within(f.issuedOn, period.start, period.end) && isLate(f.assignDueOn, f.issuedOn!);
    const pendingVerification = f.state === 'closeOutRequested' && f.verifyDueOn !== null;
    const overdueVerification = pendingVerification && isLate(f.verifyDueOn!, asOf);
    row.registered += 1;
    totals.registered += 1;
    if (f.gradedLevel === 'major') totals.major += 1;
    else totals.significant += 1;
    if (within(f.gradedOn, period.start, period.end)) totals.newlyGraded += 1;
    if (within(f.issuedOn, period.start, period.end)) {
      row.assigned += 1;
      totals.assignedInPeriod += 1;
    }
    if (within(f.acknowledgedOn, period.start, period.end)) {
      row.acknowledged += 1;
      totals.acknowledged += 1;
    }
    if (overdueAssignment) {
      row.overdueAssignments += 1;
      totals.overdueAssignments += 1;
    }
    if (within(f.closeOutRequestedOn, period.start, period.end)) row.closeOutsRequested += 1;
    if (pendingVerification) totals.closeOutsPending += 1;
    if (within(f.closedOn, period.start, period.end)) {
      row.closed += 1;
      totals.closedInPeriod += 1;
    }
    if (overdueVerification) {
      row.overdueVerifications += 1;
      totals.overdueVerifications += 1;
    }
    row.items.push({
      unitName: f.unitName,
      level: f.currentLevel,
      state: f.state,
      docNumber: f.docNumber,
      overdue: overdueAssignment || overdueVerification,
    });
  }
  const enterprises = [...byEnterprise.values()].sort(
    (a, b) =>
      b.overdueAssignments + b.overdueVerifications - (a.overdueAssignments + a.overdueVerifications) ||
      a.enterpriseName.localeCompare(b.enterpriseName, 'zh-CN'),
  );
  return { totals, enterprises };
}

/** The document's title. */
export function bulletinTitle(
  kind: 'weeklyDispatch' | 'monthlyNotice',
  issuer: string,
  start: string,
  end: string,
) {
  const [y, m] = start.split('-').map(Number);
  return kind === 'monthlyNotice'
    ? `关于${y}年${m}月重大较大安全风险交办治理情况的通报`
    : `${issuer}重大较大安全风险治理周调度（${start}至${end}）`;
}
