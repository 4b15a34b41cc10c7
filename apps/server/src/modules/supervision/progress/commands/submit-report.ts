import { randomUUID } from 'node:crypto';
import {
  submitProgressReportBody,
  type ProgressReport,
  type SubmitProgressReportBody,
} from '@shuangkong/contracts';
import { findEnterpriseForActor } from '../../../identity/index.ts';
import { forbidden, notFound } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../supervision.database.ts';
import { recordSupervision } from '../../supervision-record.ts';
import { presentReport } from '../progress-report.presenter.ts';
import { findReports } from '../progress-report.repository.ts';
import { decideReportTransition } from '../progress-report.state.ts';
import { progressErrors } from '../progress.errors.ts';
import { maySubmitReport } from '../progress.policy.ts';
import { loadMonthFacts } from '../progress.repository.ts';
import { monthFrame } from '../queries/progress-view.ts';

/**
 * The safety manager submits the month's 进展月报 (附件2): the figures of the enterprise's own
 * data are read now and frozen with the statements; a returned report is corrected in place.
 */
export async function submitReport(
  ctx: CommandContext,
  enterpriseId: string,
  input: SubmitProgressReportBody,
  now: Date = new Date(),
): Promise<ProgressReport> {
  const body = submitProgressReportBody.parse(input);
  const enterprise = await findEnterpriseForActor(ctx.db, ctx.actor, enterpriseId);
  if (!enterprise || ctx.actor.scope.kind !== 'enterprise') throw notFound('Enterprise');
  if (!maySubmitReport(ctx.actor)) throw forbidden('supervision.respond');
  if (enterprise.status !== 'approved') throw progressErrors.enterpriseNotApproved();
  const frame = monthFrame(body.month, now, 'body.month');

  const id = await ctx.db.transaction().execute(async (trx) => {
    const [before] = await findReports(trx, enterprise.id, { month: frame.month });
    const decision = decideReportTransition(before?.state ?? null, 'submit');
    if (!decision.ok) throw progressErrors.refused(decision.code);
    const facts = await loadMonthFacts(
      trx,
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
    const values = {
      state: decision.to,
      figures: JSON.stringify(facts.get(enterprise.id)!.figures),
      teamEstablished: body.teamEstablished,
      rulesEstablished: body.rulesEstablished,
      trainingSessions: body.trainingSessions,
      trainedPeople: body.trainedPeople,
      problems: body.problems,
      nextSteps: body.nextSteps,
      submittedBy: ctx.actor.userId,
      submittedByName: ctx.actor.name,
      submittedAt: now,
    };
    const reportId = before?.id ?? randomUUID();
    if (before) {
      await trx
        .updateTable('supervisionProgressReports')
        .set({ ...values, version: before.version + 1, updatedAt: now })
        .where('enterpriseId', '=', enterprise.id)
        .where('id', '=', before.id)
        .where('version', '=', before.version)
        .execute();
    } else {
      await trx
        .insertInto('supervisionProgressReports')
        .values({ enterpriseId: enterprise.id, id: reportId, month: frame.month, ...values })
        .execute();
    }
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.progress-report-submitted',
      entityType: 'progressReport',
      entityId: reportId,
      enterpriseId: enterprise.id,
      before: before ?? null,
      after: { month: frame.month, ...values },
      facts: { month: frame.month, resubmitted: before !== undefined },
    });
    return reportId;
  });
  const [row] = await findReports(ctx.db, enterprise.id, { id });
  return presentReport(row!, ctx.actor);
}
