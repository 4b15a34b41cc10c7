import type {
  Attachment2,
  Attachment3,
  ProgressDashboard,
  ProgressDimension,
  ProgressMilestone,
} from '@shuangkong/contracts';
import type { Actor } from '../../../identity/index.ts';
import type { Db } from '../../supervision.database.ts';
import { groupProgress } from '../progress-groups.ts';
import { countMilestones } from '../progress-milestones.ts';
import { presentReport } from '../progress-report.presenter.ts';
import { reportsOfMonth } from '../progress-report.repository.ts';
import { progressView } from './progress-view.ts';

export type MonthlyFilter = {
  month?: string | undefined;
  jurisdictionCode?: string | undefined;
  industryCode?: string | undefined;
  regulatorId?: string | undefined;
  lacking?: ProgressMilestone | undefined;
};

const filterOf = (q: MonthlyFilter) => ({
  jurisdictionCode: q.jurisdictionCode,
  industryCode: q.industryCode,
  regulatorId: q.regulatorId,
});

/** Counts and shares per milestone, by township, industry or department. */
export async function progressDashboard(
  db: Db,
  actor: Actor,
  q: MonthlyFilter & { by: ProgressDimension },
  now: Date,
): Promise<ProgressDashboard> {
  const view = await progressView(db, actor, filterOf(q), q.month, now);
  return {
    month: view.frame.month,
    by: q.by,
    groups: groupProgress(view.rows, q.by, view.industryName),
    totals: countMilestones(view.rows.map((r) => r.milestones)),
  };
}

/** The caller's own name for the tables' 填报单位. */
async function reporterName(db: Db, actor: Actor): Promise<string> {
  if (!actor.regulatorId) return '';
  const r = await db
    .selectFrom('regulators')
    .select('name')
    .where('id', '=', actor.regulatorId)
    .executeTakeFirst();
  return r?.name ?? '';
}

/** 附件3: the month's milestones counted per department (or township, industry), with the totals. */
export async function attachment3(
  db: Db,
  actor: Actor,
  q: MonthlyFilter & { by: ProgressDimension },
  now: Date,
): Promise<Attachment3> {
  const [dashboard, name] = await Promise.all([
    progressDashboard(db, actor, q, now),
    reporterName(db, actor),
  ]);
  return {
    month: dashboard.month,
    by: dashboard.by,
    regulatorName: name,
    rows: dashboard.groups,
    totals: dashboard.totals,
  };
}

/**
 * 附件2: one row per approved enterprise with its report of the month (the figures frozen at
 * submission), or the live figures and no report — so the missing ones show.
 */
export async function attachment2(
  db: Db,
  actor: Actor,
  q: MonthlyFilter,
  now: Date,
): Promise<Attachment2 & { regulatorName: string }> {
  const view = await progressView(db, actor, filterOf(q), q.month, now);
  const approved = view.rows.filter((r) => r.status === 'approved');
  const [reports, name] = await Promise.all([
    reportsOfMonth(
      db,
      approved.map((r) => r.enterpriseId),
      view.frame.month,
    ),
    reporterName(db, actor),
  ]);
  const byEnterprise = new Map(reports.map((r) => [r.enterpriseId, presentReport(r, actor)]));
  return {
    month: view.frame.month,
    regulatorName: name,
    rows: approved.map((r) => {
      const report = byEnterprise.get(r.enterpriseId) ?? null;
      return {
        enterpriseId: r.enterpriseId,
        enterpriseName: r.enterpriseName,
        townshipName: r.townshipName,
        industryNames: r.industryNames,
        report,
        figures: report?.figures ?? view.facts.get(r.enterpriseId)!.figures,
      };
    }),
  };
}
