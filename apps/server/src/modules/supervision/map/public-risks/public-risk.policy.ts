import { can, type Actor } from '../../../identity/index.ts';

/** What an actor may do to a public-area risk it can see (scope is checked before, by loading it). */
export function publicRiskAbilities(actor: Actor, risk: { status: 'active' | 'retired' }) {
  const act = can(actor, 'supervision.act');
  return { edit: act && risk.status === 'active', retire: act && risk.status === 'active' };
}
