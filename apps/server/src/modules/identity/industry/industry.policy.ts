import { can, type Actor } from '../../../kernel/index.ts';

/** The industry list is reference data: only holders of industry.manage (administrators) edit it. */
export function canManageIndustries(actor: Actor): boolean {
  return can(actor, 'industry.manage');
}
