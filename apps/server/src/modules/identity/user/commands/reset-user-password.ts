import type { CommandContext } from '../../identity.database.ts';
import { recordIdentity } from '../../identity-record.ts';
import { hashPassword } from '../../auth/password.ts';
import { loadManagedUser } from '../load-managed-user.ts';
import { temporaryPassword } from '../temporary-password.ts';

/**
 * Gives a user a new one-time password (shown once to the manager), ends their sessions, lifts a
 * lockout, and makes them choose their own password at next login. The audit records that it
 * happened, never the password or its hash.
 */
export async function resetUserPassword(ctx: CommandContext, id: string): Promise<string> {
  const current = await loadManagedUser(ctx, id);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({
        passwordHash,
        mustChangePassword: true,
        failedLogins: 0,
        lockedUntil: null,
        updatedAt: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('sessions').where('userId', '=', id).execute();
    await recordIdentity(trx, ctx.audit, {
      enterpriseId: current.enterpriseId,
      action: 'user.password-reset',
      entityType: 'user',
      entityId: id,
      after: { mustChangePassword: true, sessionsEnded: true },
    });
  });
  return password;
}
