import type { Permission, Role } from '@shuangkong/contracts';

/** A regulator's remit, resolved to a jurisdiction path prefix and an industry ('*' = all). */
export type RemitScope = { jurisdictionPath: string; industryCode: string };

/** What part of the platform's data an actor may see at all. */
export type Scope =
  | { kind: 'enterprise'; enterpriseId: string }
  | { kind: 'regulator'; regulatorId: string; remits: RemitScope[] }
  | { kind: 'platform' }
  | { kind: 'none' };

/** The authenticated caller, resolved once per request. */
export type Actor = {
  userId: string;
  username: string;
  name: string;
  roles: Role[];
  permissions: ReadonlySet<Permission>;
  enterpriseId: string | null;
  regulatorId: string | null;
  orgUnitId: string | null;
  scope: Scope;
  via: 'session' | 'token';
};

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}
