import type { CommandContext } from '../../identity.database.ts';
import { recordIdentity } from '../../identity-record.ts';
import { loadManagedUser } from '../load-managed-user.ts';

/** Lets a disabled user log in again (with the password they had). */
export async function enableUser(ctx: CommandContext, id: string): Promise<void> {
  const current = await loadManagedUser(ctx, id);
  if (current.status === 'active') return;
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ status: 'active', failedLogins: 0, lockedUntil: null, updatedAt: new Date() })
      .where('id', '=', id)
      .execute();
    await recordIdentity(trx, ctx.audit, {
      enterpriseId: current.enterpriseId,
      action: 'user.enabled',
      entityType: 'user',
      entityId: id,
      before: { status: current.status },
      after: { status: 'active' },
    });
  });
}
