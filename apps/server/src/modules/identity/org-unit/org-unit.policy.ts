import type { Actor } from '../../../kernel/index.ts';
import { enterpriseAbilities } from '../enterprise/enterprise.policy.ts';

type EnterpriseLike = { id: string; status: 'pending' | 'approved' | 'rejected' };

/**
 * What the actor may do with the org tree of an enterprise it can already see: its own
 * enterprise's managers (orgUnit.manage) and administrators edit it; everyone else only reads.
 */
export function orgUnitAbilities(actor: Actor, enterprise: EnterpriseLike): { canManage: boolean } {
  return { canManage: enterpriseAbilities(actor, enterprise).canManageOrgUnits };
}
