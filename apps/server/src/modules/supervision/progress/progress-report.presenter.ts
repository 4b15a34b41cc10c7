import type { ProgressReport } from '@shuangkong/contracts';
import type { Actor } from '../../identity/index.ts';
import type { ProgressTables } from './progress.tables.ts';
import { mayReviewReport, maySubmitReport } from './progress.policy.ts';
import type { Selectable } from 'kysely';

export type ReportRow = Selectable<ProgressTables['supervisionProgressReports']> & { enterpriseName: string };

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** A report as the API shows it, with what the caller may do to it. */
export function presentReport(r: ReportRow, actor: Actor): ProgressReport {
  return {
    id: r.id,
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterpriseName,
    month: r.month,
    state: r.state,
    figures: typeof r.figures === 'string' ? JSON.parse(r.figures) : r.figures,
    teamEstablished: r.teamEstablished,
    rulesEstablished: r.rulesEstablished,
    trainingSessions: r.trainingSessions,
    trainedPeople: r.trainedPeople,
    problems: r.problems,
    nextSteps: r.nextSteps,
    submittedByName: r.submittedByName,
    submittedAt: new Date(r.submittedAt).toISOString(),
    reviewedByName: r.reviewedByName,
    reviewedAt: iso(r.reviewedAt),
    reviewComment: r.reviewComment,
    abilities: {
      resubmit: r.state === 'returned' && maySubmitReport(actor),
      review: r.state === 'submitted' && mayReviewReport(actor),
    },
  };
}
