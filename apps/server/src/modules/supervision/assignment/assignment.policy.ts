import type { AssignmentState, RiskLevel } from '@shuangkong/contracts';
import { can, type Actor } from '../../identity/index.ts';

export type AssignmentAbilityFacts = {
  enterpriseId: string;
  state: AssignmentState;
  currentLevel: RiskLevel | null;
  regulatorId: string | null;
};

const graded = (l: RiskLevel | null) => l === 'major' || l === 'significant';
const lowered = (l: RiskLevel | null) => l === 'general' || l === 'low';

/** A regulator with supervision.act (the enterprise having been proven in its remit). */
export function actsAsRegulator(actor: Actor): boolean {
  return actor.scope.kind === 'regulator' && actor.regulatorId !== null && can(actor, 'supervision.act');
}

/** Staff of the enterprise the assignment is addressed to. */
export function isOwnStaff(actor: Actor, enterpriseId: string): boolean {
  return actor.scope.kind === 'enterprise' && actor.enterpriseId === enterpriseId;
}

/** The buttons that will work for this actor (scope already proven). */
export function assignmentAbilities(actor: Actor, a: AssignmentAbilityFacts) {
  return {
    assign: actsAsRegulator(actor) && a.state === 'toAssign' && graded(a.currentLevel),
    acknowledge:
      isOwnStaff(actor, a.enterpriseId) &&
      can(actor, 'supervision.respond') &&
      (a.state === 'issued' || a.state === 'received'),
    requestCloseOut:
      isOwnStaff(actor, a.enterpriseId) &&
      can(actor, 'supervision.signCloseOut') &&
      (a.state === 'acknowledged' || a.state === 'closeOutReturned') &&
      lowered(a.currentLevel),
    verifyCloseOut:
      actsAsRegulator(actor) && a.state === 'closeOutRequested' && actor.regulatorId === a.regulatorId,
  };
}
