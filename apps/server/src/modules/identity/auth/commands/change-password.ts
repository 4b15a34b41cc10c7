import type { CommandContext } from '../../identity.database.ts';
import { recordIdentity } from '../../identity-record.ts';
import { identityErrors } from '../../identity.errors.ts';
import { hashPassword, verifyPassword } from '../password.ts';

export type ChangePasswordOptions = { currentPassword: string; newPassword: string };

/** The user changes their own password; other sessions of the user are ended. */
export async function changePassword(
  ctx: CommandContext,
  options: ChangePasswordOptions,
  keepSessionHash: string | null,
): Promise<void> {
  const user = await ctx.db
    .selectFrom('users')
    .select(['passwordHash', 'enterpriseId'])
    .where('id', '=', ctx.actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.passwordHash, options.currentPassword))) {
    throw identityErrors.wrongPassword();
  }
  const passwordHash = await hashPassword(options.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ passwordHash, mustChangePassword: false, updatedAt: new Date() })
      .where('id', '=', ctx.actor.userId)
      .execute();
    let others = trx.deleteFrom('sessions').where('userId', '=', ctx.actor.userId);
    if (keepSessionHash) others = others.where('tokenHash', '!=', keepSessionHash);
    await others.execute();
    await recordIdentity(trx, ctx.audit, {
      enterpriseId: user.enterpriseId,
      action: 'user.password-changed',
      entityType: 'user',
      entityId: ctx.actor.userId,
    });
  });
}
