import type { HazardGrade, HazardState, RectificationType } from '@shuangkong/contracts';

/**
 * The hazard lifecycle (STANDARDS §7.2: find → register → grade → rectify → accept → close).
 * Pure: the commands load the facts, this decides. Overdue is derived, never stored as a state.
 */
export type HazardMachineAction =
  | 'confirm'
  | 'reject'
  | 'merge'
  | 'assign'
  | 'approvePlan'
  | 'fixOnTheSpot'
  | 'submitRectification'
  | 'accept'
  | 'sendBack'
  | 'requestExtension'
  | 'approveExtension'
  | 'refuseExtension'
  | 'void'
  | 'handOver';

export const hazardMachineActions: readonly HazardMachineAction[] = [
  'confirm',
  'reject',
  'merge',
  'assign',
  'approvePlan',
  'fixOnTheSpot',
  'submitRectification',
  'accept',
  'sendBack',
  'requestExtension',
  'approveExtension',
  'refuseExtension',
  'void',
  'handOver',
];

export const hazardStates: readonly HazardState[] = [
  'reported',
  'confirmed',
  'rectifying',
  'accepting',
  'closed',
  'rejected',
  'voided',
  'merged',
  'handedOver',
];

export const transitions: Record<
  HazardMachineAction,
  { from: readonly HazardState[]; to: HazardState | 'same' }
> = {
  confirm: { from: ['reported'], to: 'confirmed' },
  reject: { from: ['reported'], to: 'rejected' },
  merge: { from: ['reported', 'confirmed'], to: 'merged' },
  // General hazards: the manager names owner, deadline, measures and money (五落实).
  assign: { from: ['confirmed'], to: 'rectifying' },
  // Major hazards: the principal signs the treatment plan, which names the owner and deadline.
  approvePlan: { from: ['confirmed'], to: 'rectifying' },
  // 即查即改: the finder fixes it at once; someone else still accepts it.
  fixOnTheSpot: { from: ['reported', 'confirmed'], to: 'accepting' },
  submitRectification: { from: ['rectifying'], to: 'accepting' },
  accept: { from: ['accepting'], to: 'closed' },
  sendBack: { from: ['accepting'], to: 'rectifying' },
  requestExtension: { from: ['rectifying'], to: 'same' },
  approveExtension: { from: ['rectifying'], to: 'same' },
  refuseExtension: { from: ['rectifying'], to: 'same' },
  void: { from: ['reported', 'confirmed', 'rectifying', 'accepting'], to: 'voided' },
  // The explicit point where a closed major hazard goes to the regulator for verification.
  handOver: { from: ['closed'], to: 'handedOver' },
};

/** The states in which a hazard is still being dealt with; an expired deadline makes these overdue. */
export const openStates: readonly HazardState[] = ['confirmed', 'rectifying', 'accepting'];

export type HazardFacts = {
  actorId: string;
  /** Only the safety manager voids (hazard.manage alone is not enough). */
  actorIsSafetyManager: boolean;
  reporterId: string | null;
  /** Who submitted the rectification or fixed it on the spot; the acceptor must differ. */
  rectifiedBy: string | null;
  grade: HazardGrade | null;
  rectificationType: RectificationType | null;
  /** A treatment plan was submitted (major hazards) and waits for the principal's signature. */
  planSubmitted: boolean;
  extensionPending: boolean;
  /** Whether the body carries a non-empty reason where the action needs one. */
  hasReason: boolean;
  /** For requestExtension: the asked deadline is after the current one. */
  newDeadlineLater?: boolean;
};

export type HazardRefusal =
  | 'HAZARD_INVALID_TRANSITION'
  | 'HAZARD_REASON_REQUIRED'
  | 'HAZARD_ACCEPTOR_IS_RECTIFIER'
  | 'HAZARD_PLAN_REQUIRED'
  | 'HAZARD_NOT_MAJOR'
  | 'HAZARD_MAJOR_NOT_IMMEDIATE'
  | 'HAZARD_EXTENSION_PENDING'
  | 'HAZARD_NO_EXTENSION_PENDING'
  | 'HAZARD_DEADLINE_NOT_LATER'
  | 'HAZARD_VOID_SAFETY_MANAGER_ONLY';

export type HazardDecision = { ok: true; to: HazardState } | { ok: false; code: HazardRefusal };

const needsReason: readonly HazardMachineAction[] = ['reject', 'sendBack', 'requestExtension', 'void'];

/** Decides one action on a hazard in `state`; refusals carry the rule that was broken. */
export function decideHazardTransition(
  state: HazardState,
  action: HazardMachineAction,
  facts: HazardFacts,
): HazardDecision {
  const t = transitions[action];
  if (!t.from.includes(state)) return { ok: false, code: 'HAZARD_INVALID_TRANSITION' };
  if (needsReason.includes(action) && !facts.hasReason) return { ok: false, code: 'HAZARD_REASON_REQUIRED' };
  const major = facts.grade === 'major';
  switch (action) {
    case 'assign':
      if (major) return { ok: false, code: 'HAZARD_PLAN_REQUIRED' };
      break;
    case 'approvePlan':
      if (!major) return { ok: false, code: 'HAZARD_NOT_MAJOR' };
      if (!facts.planSubmitted) return { ok: false, code: 'HAZARD_PLAN_REQUIRED' };
      break;
    case 'fixOnTheSpot':
      // A major hazard needs shutdown and a plan (16号令): never 即查即改.
      if (major) return { ok: false, code: 'HAZARD_MAJOR_NOT_IMMEDIATE' };
      if (state === 'confirmed' && facts.rectificationType !== 'immediate')
        return { ok: false, code: 'HAZARD_INVALID_TRANSITION' };
      break;
    case 'accept':
      if (facts.rectifiedBy !== null && facts.rectifiedBy === facts.actorId)
        return { ok: false, code: 'HAZARD_ACCEPTOR_IS_RECTIFIER' };
      break;
    case 'requestExtension':
      if (facts.extensionPending) return { ok: false, code: 'HAZARD_EXTENSION_PENDING' };
      if (!facts.newDeadlineLater) return { ok: false, code: 'HAZARD_DEADLINE_NOT_LATER' };
      break;
    case 'approveExtension':
    case 'refuseExtension':
      if (!facts.extensionPending) return { ok: false, code: 'HAZARD_NO_EXTENSION_PENDING' };
      break;
    case 'void':
      if (!facts.actorIsSafetyManager) return { ok: false, code: 'HAZARD_VOID_SAFETY_MANAGER_ONLY' };
      break;
    case 'handOver':
      if (!major) return { ok: false, code: 'HAZARD_NOT_MAJOR' };
      break;
    default:
      break;
  }
  return { ok: true, to: t.to === 'same' ? state : t.to };
}

/** The actions the machine allows now (the policy then filters by permission). */
export function actionsFrom(state: HazardState, facts: HazardFacts): HazardMachineAction[] {
  // Reasons and new deadlines are typed in later; abilities assume they will be given.
  const f = { ...facts, hasReason: true, newDeadlineLater: true };
  return hazardMachineActions.filter((a) => decideHazardTransition(state, a, f).ok);
}

/**
 * Overdue: the deadline (a civil date, YYYY-MM-DD) has passed and the hazard is still open.
 * Waiting for acceptance counts too: the hazard is not closed until someone accepts it.
 */
export function isOverdue(state: HazardState, deadline: string | null, today: string): boolean {
  return deadline !== null && openStates.includes(state) && today > deadline;
}
