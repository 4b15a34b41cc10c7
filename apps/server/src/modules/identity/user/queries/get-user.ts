import type { User, UserAbilities } from '@shuangkong/contracts';
import type { Db } from '../../identity.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import type { Actor } from '../../../../kernel/index.ts';
import { authorize } from '../../enterprise/enterprise.policy.ts';
import { canReadUsers, userAbilities } from '../user.policy.ts';
import { presentUser } from '../user.presenter.ts';
import { findUserForActor } from '../user.repository.ts';

type UserWithAbilities = { data: User; abilities: UserAbilities };

/** One user with the caller's abilities on them; 404 outside the caller's scope. */
export async function getUser(db: Db, actor: Actor, id: string): Promise<UserWithAbilities> {
  const result = await userWithAbilities(db, actor, id);
  authorize(canReadUsers(actor), 'user.read');
  return result;
}

/**
 * The same without the user.read check, to answer a change the caller was just allowed to make
 * (an API token may carry user.manage without user.read).
 */
export async function userWithAbilities(db: Db, actor: Actor, id: string): Promise<UserWithAbilities> {
  const row = await findUserForActor(db, actor, id);
  if (!row) throw notFound('User');
  const data = presentUser(row);
  return { data, abilities: userAbilities(actor, data) };
}
