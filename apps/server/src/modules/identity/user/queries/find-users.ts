import type { PageInfo, User, UserListQuery } from '@shuangkong/contracts';
import type { Db } from '../../identity.database.ts';
import type { Actor } from '../../../../kernel/index.ts';
import { authorize } from '../../enterprise/enterprise.policy.ts';
import { canInviteUsers, canReadUsers } from '../user.policy.ts';
import { presentUser } from '../user.presenter.ts';
import { listUsersForActor } from '../user.repository.ts';

/** The people of the caller's enterprise or regulator (all of them for the platform). */
export async function findUsers(
  db: Db,
  actor: Actor,
  query: UserListQuery,
): Promise<{ data: User[]; page: PageInfo; abilities: { canInvite: boolean } }> {
  authorize(canReadUsers(actor), 'user.read');
  const { rows, total } = await listUsersForActor(db, actor, query);
  return {
    data: rows.map(presentUser),
    page: { page: query.page, pageSize: query.pageSize, total },
    abilities: { canInvite: canInviteUsers(actor) },
  };
}
