import { can, type Actor } from '../../../kernel/index.ts';

/** The region tree is reference data: only holders of jurisdiction.manage (administrators) edit it. */
export function canManageJurisdictions(actor: Actor): boolean {
  return can(actor, 'jurisdiction.manage');
}
