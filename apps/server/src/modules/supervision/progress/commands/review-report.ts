import { reviewProgressReportBody, type ProgressReport } from '@shuangkong/contracts';
import type { z } from 'zod';
import { findEnterpriseForActor } from '../../../identity/index.ts';
import { conflict, forbidden, notFound } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../supervision.database.ts';
import { recordSupervision } from '../../supervision-record.ts';
import { presentReport } from '../progress-report.presenter.ts';
import { findReports } from '../progress-report.repository.ts';
import { decideReportTransition } from '../progress-report.state.ts';
import { progressErrors } from '../progress.errors.ts';
import { mayReviewReport } from '../progress.policy.ts';

/** A regulator in whose remit the enterprise lies accepts the month's report or returns it with a reason. */
export async function reviewReport(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  input: z.input<typeof reviewProgressReportBody>,
  now: Date = new Date(),
): Promise<ProgressReport> {
  const body = reviewProgressReportBody.parse(input);
  const enterprise = await findEnterpriseForActor(ctx.db, ctx.actor, enterpriseId);
  if (!enterprise) throw notFound('Enterprise');
  const [before] = await findReports(ctx.db, enterprise.id, { id });
  if (!before) throw notFound('Progress report');
  if (!mayReviewReport(ctx.actor)) throw forbidden('supervision.act');
  const decision = decideReportTransition(before.state, body.decision);
  if (!decision.ok) throw progressErrors.refused(decision.code);

  await ctx.db.transaction().execute(async (trx) => {
    const after = {
      state: decision.to,
      reviewedBy: ctx.actor.userId,
      reviewedByName: ctx.actor.name,
      reviewedAt: now,
      reviewComment: body.comment,
    };
    const updated = await trx
      .updateTable('supervisionProgressReports')
      .set({ ...after, version: before.version + 1, updatedAt: now })
      .where('enterpriseId', '=', enterprise.id)
      .where('id', '=', id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw conflict('SUPERVISION_PROGRESS_REPORT_CHANGED', 'The report changed meanwhile');
    const common = { entityType: 'progressReport', entityId: id, enterpriseId: enterprise.id, before, after };
    if (body.decision === 'accept')
      await recordSupervision(trx, ctx.audit, {
        action: 'supervision.progress-report-accepted',
        ...common,
        facts: { month: before.month },
      });
    else
      await recordSupervision(trx, ctx.audit, {
        action: 'supervision.progress-report-returned',
        ...common,
        facts: { month: before.month, comment: body.comment },
      });
  });
  const [row] = await findReports(ctx.db, enterprise.id, { id });
  return presentReport(row!, ctx.actor);
}
