import { fullReassessmentIntervalYears, industryCode, type FullReviewStatus } from '@shuangkong/contracts';
import { toDayNumber } from '../../../platform/calendar/civil-date.ts';

/** Days before the due date from which a full review shows as due soon. */
export const DUE_SOON_DAYS = 30;

/**
 * Years between full re-assessments (seed 000): every year for a high-risk enterprise or one in
 * any high-risk industry, otherwise every three years.
 */
export function reviewIntervalYears(enterprise: {
  isHighRisk: boolean;
  industryCodes: readonly string[];
}): 1 | 3 {
  if (enterprise.isHighRisk) return 1;
  // Sub-industries carry their own flag (工贸 is not high-risk, 工贸·冶金 is); unknown codes are not.
  const highRiskIndustry = enterprise.industryCodes.some((code) => {
    const parsed = industryCode.safeParse(code);
    return parsed.success && fullReassessmentIntervalYears(parsed.data) === 1;
  });
  return highRiskIndustry ? 1 : 3;
}

/** A civil date plus whole years; 29 February falls back to 28 February in common years. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const year = (y ?? 0) + years;
  const month = String(m).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, m ?? 1, 0)).getUTCDate();
  return `${year}-${month}-${String(Math.min(d ?? 1, lastDay)).padStart(2, '0')}`;
}

/** Today's civil date in Asia/Shanghai, where the users are. */
export function shanghaiDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

export type ReviewCycleFacts = {
  intervalYears: 1 | 3;
  /** The last recorded full re-assessment. */
  lastFullReviewAt: string | null;
  /** When the enterprise's first unit was approved (its register's start), if ever. */
  firstApprovedAt: string | null;
  today: string;
};

/**
 * When the next full re-assessment is due and how urgent it is: one interval after the last full
 * review, or after the first approval when none was recorded; due today when nothing was ever
 * approved. Overdue after the due date, due soon within 30 days of it.
 */
export function reviewCycle(f: ReviewCycleFacts): { dueDate: string; status: FullReviewStatus } {
  const start = f.lastFullReviewAt ?? f.firstApprovedAt;
  const dueDate = start === null ? f.today : addYears(start, f.intervalYears);
  const daysLeft = toDayNumber(dueDate) - toDayNumber(f.today);
  const status: FullReviewStatus = daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'dueSoon' : 'ok';
  return { dueDate, status };
}
