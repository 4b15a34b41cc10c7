import type { RegulatorAbilities } from '@shuangkong/contracts';
import { can, type Actor } from '../../../kernel/index.ts';

/**
 * Regulators and their remits decide who sees which enterprises, so only the platform's
 * administrators set them up; a department cannot widen its own remit.
 */
function canManage(actor: Actor): boolean {
  return can(actor, 'regulator.manage') && actor.scope.kind === 'platform';
}

export function canCreateRegulator(actor: Actor): boolean {
  return canManage(actor);
}

/** What the actor may do with a regulator it can already see (visibility is the repository's). */
export function regulatorAbilities(actor: Actor): RegulatorAbilities {
  return { canUpdate: canManage(actor) };
}
