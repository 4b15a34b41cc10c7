import type { AssignmentState, RiskLevel } from '@shuangkong/contracts';

/**
 * The life of a registered significant or major risk (seed 002: 分级制 → 交办制 → 销号制). Pure:
 * the commands load the facts, this decides.
 *
 * - assign: the regulator issues the letter (待交办 → 已交办);
 * - receive: the enterprise opens it (已交办 → 已接收);
 * - acknowledge: an enterprise user signs for it (已交办/已接收 → 已签收);
 * - requestCloseOut: the principal, once the risk is lowered to general or low (已签收/销号退回 →
 *   销号待审核);
 * - approveCloseOut / returnCloseOut: the assigning regulator's verification;
 * - lapse: the register lowered the risk before anyone assigned it (待交办 → 已撤销).
 */
export type AssignmentAction =
  'assign' | 'receive' | 'acknowledge' | 'requestCloseOut' | 'approveCloseOut' | 'returnCloseOut' | 'lapse';

export const assignmentActions: readonly AssignmentAction[] = [
  'assign',
  'receive',
  'acknowledge',
  'requestCloseOut',
  'approveCloseOut',
  'returnCloseOut',
  'lapse',
];

export const assignmentTransitions: Record<
  AssignmentAction,
  { from: readonly AssignmentState[]; to: AssignmentState }
> = {
  assign: { from: ['toAssign'], to: 'issued' },
  receive: { from: ['issued'], to: 'received' },
  acknowledge: { from: ['issued', 'received'], to: 'acknowledged' },
  requestCloseOut: { from: ['acknowledged', 'closeOutReturned'], to: 'closeOutRequested' },
  approveCloseOut: { from: ['closeOutRequested'], to: 'closed' },
  returnCloseOut: { from: ['closeOutRequested'], to: 'closeOutReturned' },
  lapse: { from: ['toAssign'], to: 'lapsed' },
};

export type AssignmentRefusal =
  | 'SUPERVISION_ASSIGNMENT_INVALID_TRANSITION'
  | 'SUPERVISION_ASSIGNMENT_LEVEL_NOT_LOWERED'
  | 'SUPERVISION_ASSIGNMENT_LEVEL_NOT_GRADED'
  | 'SUPERVISION_ASSIGNMENT_NOT_ASSIGNING_REGULATOR'
  | 'SUPERVISION_ASSIGNMENT_REASON_REQUIRED';

export type AssignmentFacts = {
  /** The unit's level as it is in force in the register (its approved level). */
  currentLevel: RiskLevel | null;
  /** The actor's regulator is the one that issued the letter (verification only). */
  actorIsAssigningRegulator: boolean;
  hasReason: boolean;
};

export type AssignmentDecision = { ok: true; to: AssignmentState } | { ok: false; code: AssignmentRefusal };

const isGraded = (level: RiskLevel | null) => level === 'major' || level === 'significant';

/** Whether the action may happen now, and to which state. */
export function decideAssignment(
  state: AssignmentState,
  action: AssignmentAction,
  facts: AssignmentFacts,
): AssignmentDecision {
  const t = assignmentTransitions[action];
  if (!t.from.includes(state)) return { ok: false, code: 'SUPERVISION_ASSIGNMENT_INVALID_TRANSITION' };
  switch (action) {
    case 'assign':
      // A risk lowered before it was assigned lapses instead; nothing to assign.
      if (!isGraded(facts.currentLevel))
        return { ok: false, code: 'SUPERVISION_ASSIGNMENT_LEVEL_NOT_GRADED' };
      break;
    case 'requestCloseOut':
      if (isGraded(facts.currentLevel) || facts.currentLevel === null)
        return { ok: false, code: 'SUPERVISION_ASSIGNMENT_LEVEL_NOT_LOWERED' };
      break;
    case 'approveCloseOut':
    case 'returnCloseOut':
      if (!facts.actorIsAssigningRegulator)
        return { ok: false, code: 'SUPERVISION_ASSIGNMENT_NOT_ASSIGNING_REGULATOR' };
      if (action === 'returnCloseOut' && !facts.hasReason)
        return { ok: false, code: 'SUPERVISION_ASSIGNMENT_REASON_REQUIRED' };
      break;
    case 'lapse':
      if (isGraded(facts.currentLevel))
        return { ok: false, code: 'SUPERVISION_ASSIGNMENT_INVALID_TRANSITION' };
      break;
    default:
      break;
  }
  return { ok: true, to: t.to };
}

/** Open on the regulator's active list (登记造册); closed and lapsed ones are history. */
export function isActive(state: AssignmentState): boolean {
  return state !== 'closed' && state !== 'lapsed';
}
