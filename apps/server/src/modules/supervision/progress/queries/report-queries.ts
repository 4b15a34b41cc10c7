import type { ProgressReport, ProgressReportDraft } from '@shuangkong/contracts';
import { findEnterpriseForActor } from '../../../identity/index.ts';
import { forbidden, notFound } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../supervision.database.ts';
import { presentReport } from '../progress-report.presenter.ts';
import { findReports } from '../progress-report.repository.ts';
import { mayReadReports } from '../progress.policy.ts';
import { loadMonthFacts } from '../progress.repository.ts';
import { monthFrame } from './progress-view.ts';

/** The enterprise if the caller sees it (its own, or in a regulator's remit); 404 otherwise. */
export async function reportEnterprise(ctx: CommandContext, enterpriseId: string) {
  const enterprise = await findEnterpriseForActor(ctx.db, ctx.actor, enterpriseId);
  if (!enterprise) throw notFound('Enterprise');
  if (!mayReadReports(ctx.actor)) throw forbidden('supervision.respond');
  return enterprise;
}

/** An enterprise's monthly reports, newest month first. */
export async function listReports(ctx: CommandContext, enterpriseId: string): Promise<ProgressReport[]> {
  const enterprise = await reportEnterprise(ctx, enterpriseId);
  return (await findReports(ctx.db, enterprise.id)).map((r) => presentReport(r, ctx.actor));
}

export async function getReport(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
): Promise<ProgressReport> {
  const enterprise = await reportEnterprise(ctx, enterpriseId);
  const [row] = await findReports(ctx.db, enterprise.id, { id });
  if (!row) throw notFound('Progress report');
  return presentReport(row, ctx.actor);
}

/**
 * The form of a month prefilled from the enterprise's own data (register, map, cards, checklist,
 * the month's checks and hazards), the month's report if any, and the last report's statements.
 */
export async function reportDraft(
  ctx: CommandContext,
  enterpriseId: string,
  month: string,
  now: Date = new Date(),
): Promise<ProgressReportDraft> {
  const enterprise = await reportEnterprise(ctx, enterpriseId);
  const frame = monthFrame(month, now);
  const facts = await loadMonthFacts(
    ctx.db,
    [
      {
        ...enterprise,
        reviewedAt: null,
        createdAt: new Date(enterprise.createdAt),
        industryCodes: enterprise.industryCodes ?? [],
      },
    ],
    frame.month,
    frame.month,
    now,
  );
  const reports = await findReports(ctx.db, enterprise.id);
  const existing = reports.find((r) => r.month === frame.month) ?? null;
  const previous = reports.find((r) => r.month < frame.month) ?? null;
  return {
    month: frame.month,
    figures: facts.get(enterprise.id)!.figures,
    existing: existing ? presentReport(existing, ctx.actor) : null,
    previous: previous
      ? {
          teamEstablished: previous.teamEstablished,
          rulesEstablished: previous.rulesEstablished,
          trainingSessions: previous.trainingSessions,
          trainedPeople: previous.trainedPeople,
          problems: previous.problems,
          nextSteps: previous.nextSteps,
        }
      : null,
  };
}
