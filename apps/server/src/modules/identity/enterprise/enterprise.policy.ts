import type { EnterpriseAbilities } from '@shuangkong/contracts';
import { forbidden } from '../../../kernel/index.ts';
import { can, type Actor } from '../../../kernel/index.ts';

type EnterpriseLike = { id: string; status: 'pending' | 'approved' | 'rejected' };

function isOwnOrPlatform(actor: Actor, enterpriseId: string): boolean {
  return actor.scope.kind === 'platform' || actor.enterpriseId === enterpriseId;
}

/**
 * What the actor may do with an enterprise it can already see (visibility is the repository's
 * job: an enterprise outside the actor's scope is never loaded, so it is a 404, not a 403).
 */
export function enterpriseAbilities(actor: Actor, enterprise: EnterpriseLike): EnterpriseAbilities {
  return {
    canUpdate:
      can(actor, 'enterprise.update') &&
      isOwnOrPlatform(actor, enterprise.id) &&
      enterprise.status === 'approved',
    canReview:
      can(actor, 'enterprise.review') &&
      (actor.scope.kind === 'regulator' || actor.scope.kind === 'platform') &&
      enterprise.status === 'pending',
    canManageOrgUnits: can(actor, 'orgUnit.manage') && isOwnOrPlatform(actor, enterprise.id),
    canManageUsers: can(actor, 'user.manage') && isOwnOrPlatform(actor, enterprise.id),
  };
}

/** Registering enterprises directly is for regulators (inside their remit) and administrators. */
export function canRegisterEnterprise(actor: Actor): boolean {
  return (
    can(actor, 'enterprise.register') && (actor.scope.kind === 'regulator' || actor.scope.kind === 'platform')
  );
}

/** Throws 403 naming the permission when an ability is false. */
export function authorize(isAllowed: boolean, permission: string): void {
  if (!isAllowed) throw forbidden(permission);
}
