import type { HazardState } from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import {
  actionsFrom,
  decideHazardTransition,
  hazardMachineActions,
  hazardStates,
  isOverdue,
  type HazardFacts,
  type HazardMachineAction,
  type HazardRefusal,
} from './hazard.state.ts';

const facts = (over: Partial<HazardFacts> = {}): HazardFacts => ({
  actorId: 'a',
  actorIsSafetyManager: true,
  reporterId: 'r',
  rectifiedBy: 'b',
  grade: 'general',
  rectificationType: 'deadline',
  planSubmitted: false,
  extensionPending: false,
  hasReason: true,
  newDeadlineLater: true,
  ...over,
});

/** Every state × action with the baseline facts (a general hazard to fix by a deadline). */
const expected: Record<HazardState, Partial<Record<HazardMachineAction, HazardState | HazardRefusal>>> = {
  reported: {
    confirm: 'confirmed',
    reject: 'rejected',
    merge: 'merged',
    fixOnTheSpot: 'accepting',
    void: 'voided',
  },
  confirmed: {
    merge: 'merged',
    assign: 'rectifying',
    approvePlan: 'HAZARD_NOT_MAJOR',
    fixOnTheSpot: 'HAZARD_INVALID_TRANSITION',
    void: 'voided',
  },
  rectifying: {
    submitRectification: 'accepting',
    requestExtension: 'rectifying',
    approveExtension: 'HAZARD_NO_EXTENSION_PENDING',
    refuseExtension: 'HAZARD_NO_EXTENSION_PENDING',
    void: 'voided',
  },
  accepting: { accept: 'closed', sendBack: 'rectifying', void: 'voided' },
  closed: { handOver: 'HAZARD_NOT_MAJOR' },
  rejected: {},
  voided: {},
  merged: {},
  handedOver: {},
};

describe('hazard lifecycle: every state × action', () => {
  for (const state of hazardStates) {
    for (const action of hazardMachineActions) {
      const want = expected[state][action] ?? 'HAZARD_INVALID_TRANSITION';
      it(`${state} --${action}--> ${want}`, () => {
        const result = decideHazardTransition(state, action, facts());
        if (want.startsWith('HAZARD_')) expect(result).toEqual({ ok: false, code: want });
        else expect(result).toEqual({ ok: true, to: want });
      });
    }
  }
});

describe('hazard lifecycle rules', () => {
  it('never lets the rectifier accept their own work', () => {
    expect(decideHazardTransition('accepting', 'accept', facts({ actorId: 'b', rectifiedBy: 'b' }))).toEqual({
      ok: false,
      code: 'HAZARD_ACCEPTOR_IS_RECTIFIER',
    });
    expect(decideHazardTransition('accepting', 'accept', facts({ actorId: 'c', rectifiedBy: 'b' })).ok).toBe(
      true,
    );
  });

  it('needs a reason to reject, send back, ask for more time or void', () => {
    for (const [state, action] of [
      ['reported', 'reject'],
      ['accepting', 'sendBack'],
      ['rectifying', 'requestExtension'],
      ['confirmed', 'void'],
    ] as const) {
      expect(decideHazardTransition(state, action, facts({ hasReason: false }))).toEqual({
        ok: false,
        code: 'HAZARD_REASON_REQUIRED',
      });
    }
  });

  it('lets only the safety manager void', () => {
    expect(decideHazardTransition('rectifying', 'void', facts({ actorIsSafetyManager: false }))).toEqual({
      ok: false,
      code: 'HAZARD_VOID_SAFETY_MANAGER_ONLY',
    });
  });

  it('sends a major hazard to rectifying only through a signed plan', () => {
    const major = facts({ grade: 'major' });
    expect(decideHazardTransition('confirmed', 'assign', major)).toEqual({
      ok: false,
      code: 'HAZARD_PLAN_REQUIRED',
    });
    expect(decideHazardTransition('confirmed', 'approvePlan', major)).toEqual({
      ok: false,
      code: 'HAZARD_PLAN_REQUIRED',
    });
    expect(decideHazardTransition('confirmed', 'approvePlan', { ...major, planSubmitted: true })).toEqual({
      ok: true,
      to: 'rectifying',
    });
  });

  it('hands a closed major hazard over to the regulator, not a general one', () => {
    expect(decideHazardTransition('closed', 'handOver', facts({ grade: 'major' }))).toEqual({
      ok: true,
      to: 'handedOver',
    });
  });

  it('fixes on the spot only general hazards, and confirmed ones only when graded immediate', () => {
    expect(decideHazardTransition('reported', 'fixOnTheSpot', facts({ grade: 'major' }))).toEqual({
      ok: false,
      code: 'HAZARD_MAJOR_NOT_IMMEDIATE',
    });
    expect(
      decideHazardTransition('confirmed', 'fixOnTheSpot', facts({ rectificationType: 'immediate' })),
    ).toEqual({ ok: true, to: 'accepting' });
  });

  it('keeps one extension request open at a time, and only for a later deadline', () => {
    expect(
      decideHazardTransition('rectifying', 'requestExtension', facts({ extensionPending: true })),
    ).toEqual({
      ok: false,
      code: 'HAZARD_EXTENSION_PENDING',
    });
    expect(
      decideHazardTransition('rectifying', 'requestExtension', facts({ newDeadlineLater: false })),
    ).toEqual({
      ok: false,
      code: 'HAZARD_DEADLINE_NOT_LATER',
    });
    expect(
      decideHazardTransition('rectifying', 'approveExtension', facts({ extensionPending: true })),
    ).toEqual({
      ok: true,
      to: 'rectifying',
    });
  });

  it('lists the allowed actions as abilities', () => {
    expect(actionsFrom('accepting', facts())).toEqual(['accept', 'sendBack', 'void']);
    expect(actionsFrom('accepting', facts({ actorId: 'b' }))).toEqual(['sendBack', 'void']);
    expect(actionsFrom('closed', facts())).toEqual([]);
  });

  it('derives overdue from the deadline and the open states', () => {
    expect(isOverdue('rectifying', '2026-12-01', '2026-12-02')).toBe(true);
    expect(isOverdue('rectifying', '2026-12-02', '2026-12-02')).toBe(false);
    expect(isOverdue('accepting', '2026-12-01', '2026-12-02')).toBe(true);
    expect(isOverdue('closed', '2026-12-01', '2026-12-02')).toBe(false);
    expect(isOverdue('reported', null, '2026-12-02')).toBe(false);
  });
});
