import type { HazardState, ListingState } from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import {
  decideListingTransition,
  dueChip,
  isEvaluationOverdue,
  isListingOverdue,
  listingActions,
  listingActionsFrom,
  listingStates,
  rectifiedHazardStates,
  type ListingAction,
  type ListingFacts,
} from './listing.state.ts';

const facts = (over: Partial<ListingFacts> = {}): ListingFacts => ({
  hazardState: 'handedOver',
  overdue: true,
  exposed: false,
  passed: true,
  ...over,
});

/** The whole table: from which state each action is possible at all, and where it leads when it passes. */
const expected: Record<ListingAction, Partial<Record<ListingState, ListingState>>> = {
  requestEvaluation: { rectifying: 'evaluating' },
  recordEvaluation: { evaluating: 'verifying' },
  recordVerification: { verifying: 'verified' },
  delist: { verified: 'delisted' },
  recordInterview: { rectifying: 'rectifying' },
  expose: { rectifying: 'rectifying' },
};

const allHazardStates: HazardState[] = [
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

describe('the listing lifecycle', () => {
  for (const state of listingStates)
    for (const action of listingActions) {
      const to = expected[action][state];
      it(`${action} from ${state}: ${to ?? 'refused'}`, () => {
        const d = decideListingTransition(state, action, facts());
        expect(d).toEqual(to ? { ok: true, to } : { ok: false, code: 'LISTING_INVALID_TRANSITION' });
      });
    }

  it('a failed evaluation or verification returns the listing to rectification', () => {
    expect(decideListingTransition('evaluating', 'recordEvaluation', facts({ passed: false }))).toEqual({
      ok: true,
      to: 'rectifying',
    });
    expect(decideListingTransition('verifying', 'recordVerification', facts({ passed: false }))).toEqual({
      ok: true,
      to: 'rectifying',
    });
  });

  for (const hazardState of allHazardStates)
    it(`the evaluation is asked for only once the hazard is rectified (hazard ${hazardState})`, () => {
      const d = decideListingTransition('rectifying', 'requestEvaluation', facts({ hazardState }));
      expect(d).toEqual(
        rectifiedHazardStates.includes(hazardState)
          ? { ok: true, to: 'evaluating' }
          : { ok: false, code: 'LISTING_HAZARD_NOT_RECTIFIED' },
      );
    });

  it('interviews and exposure need a missed deadline; exposure happens once', () => {
    expect(decideListingTransition('rectifying', 'recordInterview', facts({ overdue: false }))).toEqual({
      ok: false,
      code: 'LISTING_NOT_OVERDUE',
    });
    expect(decideListingTransition('rectifying', 'expose', facts({ overdue: false }))).toEqual({
      ok: false,
      code: 'LISTING_NOT_OVERDUE',
    });
    expect(decideListingTransition('rectifying', 'expose', facts({ exposed: true }))).toEqual({
      ok: false,
      code: 'LISTING_ALREADY_EXPOSED',
    });
    // Interviews may be repeated.
    expect(decideListingTransition('rectifying', 'recordInterview', facts({ exposed: true }))).toEqual({
      ok: true,
      to: 'rectifying',
    });
  });

  it('offers the actions the machine allows', () => {
    expect(listingActionsFrom('rectifying', facts({ hazardState: 'rectifying', overdue: false }))).toEqual(
      [],
    );
    expect(listingActionsFrom('rectifying', facts())).toEqual([
      'requestEvaluation',
      'recordInterview',
      'expose',
    ]);
    expect(listingActionsFrom('evaluating', facts())).toEqual(['recordEvaluation']);
    expect(listingActionsFrom('verifying', facts())).toEqual(['recordVerification']);
    expect(listingActionsFrom('verified', facts())).toEqual(['delist']);
    expect(listingActionsFrom('delisted', facts())).toEqual([]);
  });
});

describe('deadlines', () => {
  it('a listing is overdue the day after its deadline, only while rectifying', () => {
    expect(isListingOverdue('rectifying', '2026-12-10', '2026-12-10')).toBe(false);
    expect(isListingOverdue('rectifying', '2026-12-10', '2026-12-11')).toBe(true);
    for (const s of listingStates.filter((x) => x !== 'rectifying'))
      expect(isListingOverdue(s, '2026-12-10', '2026-12-11')).toBe(false);
  });

  it('an evaluation is late after its due date, only while waiting for it', () => {
    expect(isEvaluationOverdue('evaluating', '2026-12-10', '2026-12-11')).toBe(true);
    expect(isEvaluationOverdue('evaluating', '2026-12-10', '2026-12-10')).toBe(false);
    expect(isEvaluationOverdue('evaluating', null, '2026-12-11')).toBe(false);
    expect(isEvaluationOverdue('verifying', '2026-12-10', '2026-12-11')).toBe(false);
  });

  it('the chip counts working days left, or calendar days late', () => {
    const between = (a: string, b: string) => (a === '2026-12-07' && b === '2026-12-14' ? 5 : -99);
    expect(dueChip(between, true, '2026-12-14', '2026-12-07')).toEqual({
      workingDaysLeft: 5,
      overdueDays: null,
    });
    expect(dueChip(between, true, '2026-12-14', '2026-12-17')).toEqual({
      workingDaysLeft: null,
      overdueDays: 3,
    });
    expect(dueChip(between, false, '2026-12-14', '2026-12-07')).toBeNull();
    expect(dueChip(between, true, null, '2026-12-07')).toBeNull();
  });
});
