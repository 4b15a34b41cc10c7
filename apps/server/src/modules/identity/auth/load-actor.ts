import { permissionsOf, role as roleSchema, type Permission, type Role } from '@shuangkong/contracts';
import type { Db } from '../identity.database.ts';
import type { Actor, RemitScope, Scope } from '../../../kernel/index.ts';

type UserRow = {
  id: string;
  username: string;
  name: string;
  enterpriseId: string | null;
  regulatorId: string | null;
  orgUnitId: string | null;
  /** The user's role names when the caller read them with the user (saves a query per request). */
  roleNames?: readonly string[];
};

/** Resolves a user's roles, permissions and data scope. `tokenScopes` narrows permissions. */
export async function loadActor(
  db: Db,
  user: UserRow,
  via: Actor['via'],
  tokenScopes?: readonly string[],
): Promise<Actor> {
  const roleNames =
    user.roleNames ??
    (await db.selectFrom('userRoles').select('role').where('userId', '=', user.id).execute()).map(
      (r) => r.role,
    );
  const roles: Role[] = roleNames.flatMap((name) => {
    const parsed = roleSchema.safeParse(name);
    return parsed.success ? [parsed.data] : [];
  });
  let permissions: Permission[] = permissionsOf(roles);
  if (tokenScopes) permissions = permissions.filter((p) => tokenScopes.includes(p));
  return {
    userId: user.id,
    username: user.username,
    name: user.name,
    roles,
    permissions: new Set(permissions),
    enterpriseId: user.enterpriseId,
    regulatorId: user.regulatorId,
    orgUnitId: user.orgUnitId,
    scope: await scopeOf(db, user, roles),
    via,
  };
}

async function scopeOf(db: Db, user: UserRow, roles: Role[]): Promise<Scope> {
  if (roles.includes('platformAdmin')) return { kind: 'platform' };
  if (user.enterpriseId) return { kind: 'enterprise', enterpriseId: user.enterpriseId };
  if (user.regulatorId) {
    const remits: RemitScope[] = await db
      .selectFrom('regulatorRemits as r')
      .innerJoin('jurisdictions as j', 'j.code', 'r.jurisdictionCode')
      .select(['j.path as jurisdictionPath', 'r.industryCode'])
      .where('r.regulatorId', '=', user.regulatorId)
      .execute();
    return { kind: 'regulator', regulatorId: user.regulatorId, remits };
  }
  return { kind: 'none' };
}
