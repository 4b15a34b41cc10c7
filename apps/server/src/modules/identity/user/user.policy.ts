import {
  enterpriseRoles,
  regulatorRoles,
  role as roleSchema,
  type Role,
  type UserAbilities,
} from '@shuangkong/contracts';
import { forbidden } from '../../../kernel/index.ts';
import { can, type Actor } from '../../../kernel/index.ts';
import { userErrors } from './user.errors.ts';

/** Where a role's holder belongs: an enterprise, a regulator, or the platform itself. */
export type RoleFamily = 'enterprise' | 'regulator' | 'platform';

export function roleFamily(role: Role): RoleFamily {
  if ((enterpriseRoles as readonly Role[]).includes(role)) return 'enterprise';
  if ((regulatorRoles as readonly Role[]).includes(role)) return 'regulator';
  return 'platform';
}

/**
 * The roles an actor may hand out: an enterprise's managers its enterprise roles, a regulator's
 * administrator its regulator roles, and only the platform's administrators everything (so nobody
 * can mint a platformAdmin, expert or agency account from inside a tenant).
 */
export function grantableRoles(actor: Actor): readonly Role[] {
  if (!can(actor, 'user.manage')) return [];
  switch (actor.scope.kind) {
    case 'platform':
      return roleSchema.options;
    case 'enterprise':
      return enterpriseRoles;
    case 'regulator':
      return regulatorRoles;
    case 'none':
      return [];
  }
}

export function canReadUsers(actor: Actor): boolean {
  return can(actor, 'user.read');
}

export function canInviteUsers(actor: Actor): boolean {
  return grantableRoles(actor).length > 0;
}

type TargetUser = { id: string; roles: readonly Role[]; status: 'active' | 'disabled' };

/** What the actor may do with a user it can already see (visibility is the repository's job). */
export function userAbilities(actor: Actor, target: TargetUser): UserAbilities {
  const grantable = grantableRoles(actor);
  const canManage = grantable.length > 0 && target.roles.every((r) => grantable.includes(r));
  return {
    canUpdate: canManage,
    canChangeRoles: canManage,
    canDisable: canManage && target.status === 'active' && target.id !== actor.userId,
    canEnable: canManage && target.status === 'disabled',
    canResetPassword: canManage,
  };
}

/**
 * Checks that every role may be granted by the actor and that all belong to one family; returns
 * that family. Errors name the offending `body.roles.N`.
 */
export function checkRoles(actor: Actor, roles: readonly Role[]): RoleFamily {
  if (!canInviteUsers(actor)) throw forbidden('user.manage');
  const grantable = grantableRoles(actor);
  const denied = roles.findIndex((r) => !grantable.includes(r));
  if (denied >= 0) throw userErrors.notGrantable(`body.roles.${denied}`);
  const first = roles[0];
  if (first === undefined) throw userErrors.required('body.roles');
  const family = roleFamily(first);
  const mixed = roles.findIndex((r) => roleFamily(r) !== family);
  if (mixed >= 0) throw userErrors.mixedRoles(`body.roles.${mixed}`);
  return family;
}

type InviteTarget = { enterpriseId?: string; regulatorId?: string; orgUnitId?: string };

/**
 * Where a new user goes, from the roles and the actor: tenant managers place users in their own
 * enterprise or regulator (defaulted when omitted); administrators must say where.
 */
export function resolveInviteTarget(
  actor: Actor,
  roles: readonly Role[],
  input: InviteTarget,
): { enterpriseId: string | null; regulatorId: string | null } {
  const family = checkRoles(actor, roles);
  const scope = actor.scope;
  if (family !== 'enterprise' && input.orgUnitId) throw userErrors.notAllowed('body.orgUnitId');
  if (family === 'enterprise') {
    if (input.regulatorId) throw userErrors.notAllowed('body.regulatorId');
    const own = scope.kind === 'enterprise' ? scope.enterpriseId : undefined;
    const enterpriseId = input.enterpriseId ?? own;
    if (!enterpriseId) throw userErrors.required('body.enterpriseId');
    if (scope.kind !== 'platform' && enterpriseId !== own) {
      throw userErrors.notGrantable('body.enterpriseId');
    }
    return { enterpriseId, regulatorId: null };
  }
  if (family === 'regulator') {
    if (input.enterpriseId) throw userErrors.notAllowed('body.enterpriseId');
    const own = scope.kind === 'regulator' ? scope.regulatorId : undefined;
    const regulatorId = input.regulatorId ?? own;
    if (!regulatorId) throw userErrors.required('body.regulatorId');
    if (scope.kind !== 'platform' && regulatorId !== own) {
      throw userErrors.notGrantable('body.regulatorId');
    }
    return { enterpriseId: null, regulatorId };
  }
  if (input.enterpriseId) throw userErrors.notAllowed('body.enterpriseId');
  if (input.regulatorId) throw userErrors.notAllowed('body.regulatorId');
  return { enterpriseId: null, regulatorId: null };
}

/** The family a user's roles must stay in, from where the user belongs. */
export function familyOf(user: { enterpriseId: string | null; regulatorId: string | null }): RoleFamily {
  if (user.enterpriseId) return 'enterprise';
  if (user.regulatorId) return 'regulator';
  return 'platform';
}
