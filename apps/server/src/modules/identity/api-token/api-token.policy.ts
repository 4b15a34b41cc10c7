import type { Permission } from '@shuangkong/contracts';
import { can, type Actor } from '../../../kernel/index.ts';

export function canManageApiTokens(actor: Actor): boolean {
  return can(actor, 'apiToken.manage');
}

/**
 * The index of the first requested scope the actor does not hold itself, or -1. A token can only
 * narrow its owner's rights, never widen them (and a token cannot mint a wider token).
 */
export function firstScopeBeyondActor(actor: Actor, scopes: readonly Permission[]): number {
  return scopes.findIndex((scope) => !can(actor, scope));
}
