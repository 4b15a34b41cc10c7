import type { HazardState, ListingDue, ListingState } from '@shuangkong/contracts';

/**
 * The lifecycle of a listed major hazard (挂牌督办, STANDARDS §7.4, seed 002): the enterprise
 * rectifies under the listing's deadline; once its hazard is accepted it asks for the third-party
 * evaluation; a passed evaluation goes to the regulator's on-site verification; a passed
 * verification lets the regulator delist it with a public notice. A failed evaluation or
 * verification returns it to rectification. A missed deadline escalates: interviews (约谈) and an
 * exposure (曝光) are recorded beside the state, not as states. Pure: commands load the facts.
 */
export type ListingAction =
  'requestEvaluation' | 'recordEvaluation' | 'recordVerification' | 'delist' | 'recordInterview' | 'expose';

export const listingActions: readonly ListingAction[] = [
  'requestEvaluation',
  'recordEvaluation',
  'recordVerification',
  'delist',
  'recordInterview',
  'expose',
];

export const listingStates: readonly ListingState[] = [
  'rectifying',
  'evaluating',
  'verifying',
  'verified',
  'delisted',
];

const from: Record<ListingAction, readonly ListingState[]> = {
  requestEvaluation: ['rectifying'],
  recordEvaluation: ['evaluating'],
  recordVerification: ['verifying'],
  delist: ['verified'],
  recordInterview: ['rectifying'],
  expose: ['rectifying'],
};

/** Hazard states in which the enterprise's own rectification is finished (accepted, handed over). */
export const rectifiedHazardStates: readonly HazardState[] = ['closed', 'handedOver'];

export type ListingFacts = {
  hazardState: HazardState;
  /** The rectification deadline has passed (and the listing is still rectifying). */
  overdue: boolean;
  exposed: boolean;
  /** For recordEvaluation / recordVerification: the conclusion. */
  passed?: boolean;
};

export type ListingRefusal =
  | 'LISTING_INVALID_TRANSITION'
  | 'LISTING_HAZARD_NOT_RECTIFIED'
  | 'LISTING_NOT_OVERDUE'
  | 'LISTING_ALREADY_EXPOSED';

export type ListingDecision = { ok: true; to: ListingState } | { ok: false; code: ListingRefusal };

/** Decides one action on a listing in `state`; refusals name the rule that was broken. */
export function decideListingTransition(
  state: ListingState,
  action: ListingAction,
  facts: ListingFacts,
): ListingDecision {
  if (!from[action].includes(state)) return { ok: false, code: 'LISTING_INVALID_TRANSITION' };
  switch (action) {
    case 'requestEvaluation':
      if (!rectifiedHazardStates.includes(facts.hazardState))
        return { ok: false, code: 'LISTING_HAZARD_NOT_RECTIFIED' };
      return { ok: true, to: 'evaluating' };
    case 'recordEvaluation':
      return { ok: true, to: facts.passed ? 'verifying' : 'rectifying' };
    case 'recordVerification':
      return { ok: true, to: facts.passed ? 'verified' : 'rectifying' };
    case 'delist':
      return { ok: true, to: 'delisted' };
    case 'recordInterview':
      if (!facts.overdue) return { ok: false, code: 'LISTING_NOT_OVERDUE' };
      return { ok: true, to: state };
    case 'expose':
      if (!facts.overdue) return { ok: false, code: 'LISTING_NOT_OVERDUE' };
      if (facts.exposed) return { ok: false, code: 'LISTING_ALREADY_EXPOSED' };
      return { ok: true, to: state };
  }
}

/** The actions the machine allows now (the policy then filters by who the actor is). */
export function listingActionsFrom(state: ListingState, facts: ListingFacts): ListingAction[] {
  return listingActions.filter((a) => decideListingTransition(state, a, { ...facts, passed: true }).ok);
}

/** Overdue: the rectification deadline (YYYY-MM-DD) has passed while the listing is still rectifying. */
export function isListingOverdue(state: ListingState, deadline: string, today: string): boolean {
  return state === 'rectifying' && today > deadline;
}

/** Evaluation overdue: the 10-working-day evaluation deadline passed with no evaluation recorded. */
export function isEvaluationOverdue(
  state: ListingState,
  evaluationDue: string | null,
  today: string,
): boolean {
  return state === 'evaluating' && evaluationDue !== null && today > evaluationDue;
}

/**
 * A deadline chip: working days left (0 on the day), or calendar days past it (how regulators
 * count lateness). Null when the deadline no longer applies.
 */
export function dueChip(
  workingDaysBetween: (from: string, to: string) => number,
  applies: boolean,
  deadline: string | null,
  today: string,
): ListingDue | null {
  if (!applies || deadline === null) return null;
  if (today > deadline) {
    const days = Math.round(
      (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${deadline}T00:00:00Z`)) / 86_400_000,
    );
    return { overdueDays: days, workingDaysLeft: null };
  }
  return { overdueDays: null, workingDaysLeft: workingDaysBetween(today, deadline) };
}
