import type { CommandContext } from '../../identity.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordIdentity } from '../../identity-record.ts';
import { authorize } from '../../enterprise/enterprise.policy.ts';
import { canManageApiTokens } from '../api-token.policy.ts';
import { findOwnApiToken } from '../api-token.repository.ts';

/** Revokes one of the caller's tokens; requests carrying it get 401 from then on. Idempotent. */
export async function revokeApiToken(ctx: CommandContext, id: string): Promise<void> {
  authorize(canManageApiTokens(ctx.actor), 'apiToken.manage');
  const token = await findOwnApiToken(ctx.db, ctx.actor.userId, id);
  if (!token) throw notFound('API token');
  if (token.revokedAt) return;
  await ctx.db.transaction().execute(async (trx) => {
    const revokedAt = new Date();
    await trx
      .updateTable('apiTokens')
      .set({ revokedAt })
      .where('id', '=', id)
      .where('revokedAt', 'is', null)
      .execute();
    await recordIdentity(trx, ctx.audit, {
      enterpriseId: ctx.actor.enterpriseId,
      action: 'apiToken.revoked',
      entityType: 'apiToken',
      entityId: id,
      before: { revokedAt: null },
      after: { revokedAt: revokedAt.toISOString() },
    });
  });
}
