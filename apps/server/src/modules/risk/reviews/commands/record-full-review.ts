import type { CommandContext } from '../../risk.database.ts';
import { forbidden, validationFailed } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { registerAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { shanghaiDate } from '../review-cycle.ts';
import { loadReviewFacts, saveLastFullReview } from '../reviews.repository.ts';

export type RecordFullReviewOptions = { enterpriseId: string; completedAt: string; note: string };

/** Records that the enterprise completed a full risk re-assessment (全面辨识评估) on a date. */
export async function recordFullReview(
  ctx: CommandContext,
  options: RecordFullReviewOptions,
  now = new Date(),
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, options.enterpriseId);
  if (!registerAbilities(ctx.actor, enterprise).canConfigure) throw forbidden('risk.configure');
  if (options.completedAt > shanghaiDate(now))
    throw validationFailed('body.completedAt', 'cannot be in the future');
  const before = await loadReviewFacts(ctx.db, enterprise);
  await ctx.db.transaction().execute(async (trx) => {
    await saveLastFullReview(trx, enterprise, options.completedAt);
    await recordRisk(trx, ctx.audit, {
      enterpriseId: enterprise.id,
      action: 'risk.full-review-recorded',
      entityType: 'riskRegister',
      entityId: enterprise.id,
      before: { lastFullReviewAt: before.lastFullReviewAt },
      after: { lastFullReviewAt: options.completedAt, note: options.note },
    });
  });
}
