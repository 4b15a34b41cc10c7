import type { CommandContext } from '../../identity.database.ts';
import { recordIdentity } from '../../identity-record.ts';
import { loadManagedUser } from '../load-managed-user.ts';
import { userErrors } from '../user.errors.ts';

/**
 * Locks a user out at once: their sessions end, and their API tokens stop working because
 * authentication checks the user's status. Nobody disables themself (that is how the last
 * manager of a tenant would lock everyone out).
 */
export async function disableUser(ctx: CommandContext, id: string): Promise<void> {
  const current = await loadManagedUser(ctx, id);
  if (id === ctx.actor.userId) throw userErrors.cannotDisableSelf();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('userId', '=', id).execute();
    if (current.status === 'disabled') return;
    await trx
      .updateTable('users')
      .set({ status: 'disabled', updatedAt: new Date() })
      .where('id', '=', id)
      .execute();
    await recordIdentity(trx, ctx.audit, {
      enterpriseId: current.enterpriseId,
      action: 'user.disabled',
      entityType: 'user',
      entityId: id,
      before: { status: current.status },
      after: { status: 'disabled' },
    });
  });
}
