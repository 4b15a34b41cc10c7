import type { ListingAbilities } from '@shuangkong/contracts';
import { can } from '../../../kernel/index.ts';
import type { Actor } from '../../identity/index.ts';
import type { ListingScope } from './listing-scope.ts';
import { listingActionsFrom, type ListingAction, type ListingFacts } from './listing.state.ts';
import type { ListingState } from '@shuangkong/contracts';

// Regulators in remit list, verify, interview, expose and delist; the enterprise asks for the
// evaluation; only the commissioned agency records it.

/** A regulator lists major hazards of enterprises in its remit. */
export function mayCreate(actor: Actor): boolean {
  return actor.scope.kind === 'regulator' && can(actor, 'supervision.act');
}

/** Who may do each action, given the scope proof. */
export function mayDo(actor: Actor, scope: ListingScope, action: ListingAction): boolean {
  switch (action) {
    case 'requestEvaluation':
      return scope.isOwn && can(actor, 'supervision.respond');
    case 'recordEvaluation':
      return scope.isAgency && can(actor, 'supervision.evaluate');
    case 'recordVerification':
    case 'delist':
    case 'recordInterview':
    case 'expose':
      return scope.isRegulator && can(actor, 'supervision.act');
  }
}

/** The permission named by a 403 for each action. */
export const permissionFor: Record<ListingAction, Parameters<typeof can>[1]> = {
  requestEvaluation: 'supervision.respond',
  recordEvaluation: 'supervision.evaluate',
  recordVerification: 'supervision.act',
  delist: 'supervision.act',
  recordInterview: 'supervision.act',
  expose: 'supervision.act',
};

/** The buttons the UI shows: what the machine allows now and the actor may do. */
export function listingAbilities(
  actor: Actor,
  scope: ListingScope,
  state: ListingState,
  facts: ListingFacts,
): ListingAbilities {
  const allowed = new Set(listingActionsFrom(state, facts).filter((a) => mayDo(actor, scope, a)));
  return {
    requestEvaluation: allowed.has('requestEvaluation'),
    recordEvaluation: allowed.has('recordEvaluation'),
    recordVerification: allowed.has('recordVerification'),
    delist: allowed.has('delist'),
    recordInterview: allowed.has('recordInterview'),
    expose: allowed.has('expose'),
  };
}
