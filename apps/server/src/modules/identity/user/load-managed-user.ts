import type { CommandContext } from '../identity.database.ts';
import { notFound } from '../../../kernel/index.ts';
import { authorize } from '../enterprise/enterprise.policy.ts';
import { userAbilities } from './user.policy.ts';
import { knownRoles } from './user.presenter.ts';
import { findUserForActor } from './user.repository.ts';

/** The user a command changes: 404 for outsiders' users, 403 for insiders without user.manage. */
export async function loadManagedUser(ctx: CommandContext, id: string) {
  const user = await findUserForActor(ctx.db, ctx.actor, id);
  if (!user) throw notFound('User');
  const roles = knownRoles(user.roles);
  const abilities = userAbilities(ctx.actor, { id: user.id, roles, status: user.status });
  authorize(abilities.canUpdate, 'user.manage');
  return { ...user, roles };
}
