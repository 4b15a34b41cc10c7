import { assignmentState, riskLevel, type AssignmentState, type RiskLevel } from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import {
  assignmentActions,
  assignmentTransitions,
  decideAssignment,
  isActive,
  type AssignmentAction,
  type AssignmentFacts,
} from './assignment.state.ts';

const states = assignmentState.options;
const levels: (RiskLevel | null)[] = [...riskLevel.options, null];

/** The facts under which each action is allowed, to test the state rule alone. */
const good: Record<AssignmentAction, AssignmentFacts> = {
  assign: { currentLevel: 'significant', actorIsAssigningRegulator: false, hasReason: false },
  receive: { currentLevel: 'major', actorIsAssigningRegulator: false, hasReason: false },
  acknowledge: { currentLevel: 'major', actorIsAssigningRegulator: false, hasReason: false },
  requestCloseOut: { currentLevel: 'general', actorIsAssigningRegulator: false, hasReason: false },
  approveCloseOut: { currentLevel: 'low', actorIsAssigningRegulator: true, hasReason: false },
  returnCloseOut: { currentLevel: 'low', actorIsAssigningRegulator: true, hasReason: true },
  lapse: { currentLevel: 'general', actorIsAssigningRegulator: false, hasReason: false },
};

const expected: Record<AssignmentAction, Partial<Record<AssignmentState, AssignmentState>>> = {
  assign: { toAssign: 'issued' },
  receive: { issued: 'received' },
  acknowledge: { issued: 'acknowledged', received: 'acknowledged' },
  requestCloseOut: { acknowledged: 'closeOutRequested', closeOutReturned: 'closeOutRequested' },
  approveCloseOut: { closeOutRequested: 'closed' },
  returnCloseOut: { closeOutRequested: 'closeOutReturned' },
  lapse: { toAssign: 'lapsed' },
};

describe('decideAssignment: every state × action', () => {
  for (const action of assignmentActions) {
    for (const state of states) {
      const to = expected[action][state];
      it(`${action} from ${state} → ${to ?? 'refused'}`, () => {
        const decision = decideAssignment(state, action, good[action]);
        if (to) expect(decision).toEqual({ ok: true, to });
        else expect(decision).toEqual({ ok: false, code: 'SUPERVISION_ASSIGNMENT_INVALID_TRANSITION' });
      });
    }
  }

  it('the table and the expectations agree', () => {
    for (const action of assignmentActions) {
      expect(Object.keys(expected[action]).sort()).toEqual([...assignmentTransitions[action].from].sort());
    }
  });
});

describe('the level rules', () => {
  for (const level of levels) {
    const graded = level === 'major' || level === 'significant';
    it(`assign at level ${level}: ${graded ? 'allowed' : 'refused'}`, () => {
      const d = decideAssignment('toAssign', 'assign', { ...good.assign, currentLevel: level });
      expect(d.ok).toBe(graded);
      if (!d.ok) expect(d.code).toBe('SUPERVISION_ASSIGNMENT_LEVEL_NOT_GRADED');
    });
    it(`close-out request at level ${level}: ${level === 'general' || level === 'low' ? 'allowed' : 'refused'}`, () => {
      for (const from of ['acknowledged', 'closeOutReturned'] as const) {
        const d = decideAssignment(from, 'requestCloseOut', { ...good.requestCloseOut, currentLevel: level });
        expect(d.ok).toBe(level === 'general' || level === 'low');
        if (!d.ok) expect(d.code).toBe('SUPERVISION_ASSIGNMENT_LEVEL_NOT_LOWERED');
      }
    });
    it(`lapse at level ${level}: ${graded ? 'refused' : 'allowed'}`, () => {
      expect(decideAssignment('toAssign', 'lapse', { ...good.lapse, currentLevel: level }).ok).toBe(!graded);
    });
  }

  it('only the assigning regulator verifies', () => {
    for (const action of ['approveCloseOut', 'returnCloseOut'] as const) {
      expect(
        decideAssignment('closeOutRequested', action, { ...good[action], actorIsAssigningRegulator: false }),
      ).toEqual({ ok: false, code: 'SUPERVISION_ASSIGNMENT_NOT_ASSIGNING_REGULATOR' });
    }
  });

  it('a return needs a reason, an approval does not', () => {
    expect(
      decideAssignment('closeOutRequested', 'returnCloseOut', { ...good.returnCloseOut, hasReason: false }),
    ).toEqual({ ok: false, code: 'SUPERVISION_ASSIGNMENT_REASON_REQUIRED' });
    expect(
      decideAssignment('closeOutRequested', 'approveCloseOut', { ...good.approveCloseOut, hasReason: false }),
    ).toEqual({ ok: true, to: 'closed' });
  });

  it('closed and lapsed are history, the rest is active', () => {
    expect(states.filter((s) => !isActive(s)).sort()).toEqual(['closed', 'lapsed']);
  });
});
