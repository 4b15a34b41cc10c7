import type { ApiToken } from '@shuangkong/contracts';
import type { Db } from '../../identity.database.ts';
import type { Actor } from '../../../../kernel/index.ts';
import { authorize } from '../../enterprise/enterprise.policy.ts';
import { canManageApiTokens } from '../api-token.policy.ts';
import { presentApiToken } from '../api-token.presenter.ts';
import { listOwnApiTokens } from '../api-token.repository.ts';

/** The caller's own tokens, revoked ones included (so a leak can be traced to a name). */
export async function findApiTokens(db: Db, actor: Actor): Promise<{ data: ApiToken[] }> {
  authorize(canManageApiTokens(actor), 'apiToken.manage');
  return { data: (await listOwnApiTokens(db, actor.userId)).map(presentApiToken) };
}
