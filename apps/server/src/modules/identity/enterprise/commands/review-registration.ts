import type { CommandContext } from '../../identity.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordIdentity } from '../../identity-record.ts';
import { sendInApp } from '../../../../platform/notify/index.ts';
import { identityErrors } from '../../identity.errors.ts';
import { authorize, enterpriseAbilities } from '../enterprise.policy.ts';
import { findEnterpriseForActor } from '../enterprise.repository.ts';

export type ReviewRegistrationOptions = {
  enterpriseId: string;
  decision: 'approve' | 'reject';
  reason: string;
};

/** A regulator in remit approves (accounts become active) or rejects (with a reason) a registration. */
export async function reviewRegistration(
  ctx: CommandContext,
  options: ReviewRegistrationOptions,
): Promise<void> {
  const enterprise = await findEnterpriseForActor(ctx.db, ctx.actor, options.enterpriseId);
  if (!enterprise) throw notFound('Enterprise');
  if (enterprise.status !== 'pending') throw identityErrors.notPending();
  authorize(enterpriseAbilities(ctx.actor, enterprise).canReview, 'enterprise.review');

  const status = options.decision === 'approve' ? 'approved' : 'rejected';
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('enterprises')
      .set({
        status,
        reviewReason: options.reason || null,
        reviewedBy: ctx.actor.userId,
        reviewedAt: new Date(),
        updatedAt: new Date(),
      })
      .where('id', '=', enterprise.id)
      // Two reviewers at once: only the first decision counts.
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw identityErrors.notPending();
    const accounts = await trx
      .selectFrom('users')
      .select('id')
      .where('enterpriseId', '=', enterprise.id)
      .execute();
    if (status === 'approved') {
      await trx
        .updateTable('users')
        .set({ status: 'active', updatedAt: new Date() })
        .where('enterpriseId', '=', enterprise.id)
        .execute();
    }
    await recordIdentity(trx, ctx.audit, {
      enterpriseId: enterprise.id,
      action: status === 'approved' ? 'enterprise.approved' : 'enterprise.rejected',
      entityType: 'enterprise',
      entityId: enterprise.id,
      before: { status: enterprise.status },
      after: { status, reason: options.reason || null },
    });
    await sendInApp(
      trx,
      accounts.map((a) => a.id),
      {
        kind: `enterprise.${status}`,
        title: status === 'approved' ? '企业注册已通过审核' : '企业注册未通过审核',
        body: options.reason,
        link: '/enterprise',
      },
    );
  });
}
