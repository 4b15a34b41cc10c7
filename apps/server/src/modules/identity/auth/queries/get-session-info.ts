import type { SessionInfo } from '@shuangkong/contracts';
import type { Db } from '../../identity.database.ts';
import type { Actor } from '../../../../kernel/index.ts';

function workspaceOf(actor: Actor): SessionInfo['workspace'] {
  if (actor.roles.includes('platformAdmin')) return 'admin';
  if (actor.enterpriseId) return 'enterprise';
  if (actor.regulatorId) return 'regulator';
  return 'expert';
}

/** What the web app needs to know about the logged-in user to draw its shell. */
export async function getSessionInfo(db: Db, actor: Actor, csrfToken: string): Promise<SessionInfo> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'name', 'phone', 'mustChangePassword'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  const enterprise = actor.enterpriseId
    ? await db
        .selectFrom('enterprises')
        .select(['id', 'name', 'safeSinceDate'])
        .where('id', '=', actor.enterpriseId)
        .executeTakeFirstOrThrow()
    : null;
  const regulator = actor.regulatorId
    ? await db
        .selectFrom('regulators')
        .select(['id', 'name', 'kind'])
        .where('id', '=', actor.regulatorId)
        .executeTakeFirstOrThrow()
    : null;
  return {
    user: {
      ...user,
      roles: actor.roles,
      enterpriseId: actor.enterpriseId,
      regulatorId: actor.regulatorId,
      orgUnitId: actor.orgUnitId,
    },
    workspace: workspaceOf(actor),
    enterprise,
    regulator,
    permissions: [...actor.permissions].sort(),
    csrfToken,
  };
}
