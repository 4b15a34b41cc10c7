import type { Role } from '@shuangkong/contracts';
import type { CommandContext } from '../../identity.database.ts';
import { recordIdentity } from '../../identity-record.ts';
import { loadManagedUser } from '../load-managed-user.ts';
import { userErrors } from '../user.errors.ts';
import { checkRoles, familyOf } from '../user.policy.ts';

/**
 * Replaces a user's roles. They take effect on the user's next request (permissions are resolved
 * per request); the roles must fit where the user belongs.
 */
export async function replaceUserRoles(
  ctx: CommandContext,
  id: string,
  roles: readonly Role[],
): Promise<void> {
  const current = await loadManagedUser(ctx, id);
  const family = checkRoles(ctx.actor, roles);
  if (family !== familyOf(current)) throw userErrors.roleDoesNotFit('body.roles.0');
  const next = [...new Set(roles)].sort();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('userRoles').where('userId', '=', id).execute();
    await trx
      .insertInto('userRoles')
      .values(next.map((role) => ({ userId: id, role })))
      .execute();
    await recordIdentity(trx, ctx.audit, {
      enterpriseId: current.enterpriseId,
      action: 'user.roles-changed',
      entityType: 'user',
      entityId: id,
      before: { roles: current.roles },
      after: { roles: next },
    });
  });
}
