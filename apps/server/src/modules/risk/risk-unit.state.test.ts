import { describe, expect, it } from 'vitest';
import type { UnitStatus } from './risk.tables.ts';
import {
  actionsFrom,
  decideTransition,
  readinessIssues,
  transitions,
  type TransitionFacts,
  type UnitAction,
  type UnitContent,
} from './risk-unit.state.ts';

const statuses: UnitStatus[] = ['draft', 'submitted', 'reviewed', 'approved'];
const actions = Object.keys(transitions) as UnitAction[];
const facts = (over: Partial<TransitionFacts> = {}): TransitionFacts => ({
  actorId: 'a',
  submittedBy: 'b',
  reviewedBy: 'c',
  comment: '退回原因',
  readiness: [],
  ...over,
});

const expected: Record<UnitStatus, Partial<Record<UnitAction, UnitStatus>>> = {
  draft: { submit: 'submitted' },
  submitted: { withdraw: 'draft', review: 'reviewed', reject: 'draft' },
  reviewed: { reject: 'draft', approve: 'approved' },
  approved: { reopen: 'draft' },
};

describe('risk unit approval chain', () => {
  for (const status of statuses) {
    for (const action of actions) {
      const to = expected[status][action];
      it(`${status} --${action}--> ${to ?? 'refused'}`, () => {
        const f = facts(action === 'withdraw' ? { submittedBy: 'a' } : {});
        const result = decideTransition(status, action, f);
        if (to) expect(result).toEqual({ ok: true, to });
        else expect(result).toEqual({ ok: false, code: 'RISK_UNIT_INVALID_TRANSITION' });
      });
    }
  }

  it('lists the possible actions per status', () => {
    expect(actionsFrom('draft')).toEqual(['submit']);
    expect(actionsFrom('submitted')).toEqual(['withdraw', 'review', 'reject']);
    expect(actionsFrom('reviewed')).toEqual(['reject', 'approve']);
    expect(actionsFrom('approved')).toEqual(['reopen']);
  });

  it('refuses submit and approve while the unit is not ready', () => {
    const readiness = [{ code: 'RISK_UNIT_NO_OWNER' as const }];
    expect(decideTransition('draft', 'submit', facts({ readiness }))).toMatchObject({
      ok: false,
      code: 'RISK_UNIT_NOT_READY',
    });
    expect(decideTransition('reviewed', 'approve', facts({ readiness }))).toMatchObject({
      ok: false,
      code: 'RISK_UNIT_NOT_READY',
    });
  });

  it('keeps four eyes: no review by the submitter, no approval by the reviewer', () => {
    expect(decideTransition('submitted', 'review', facts({ submittedBy: 'a' }))).toMatchObject({
      code: 'RISK_UNIT_SAME_SIGNER',
    });
    expect(decideTransition('reviewed', 'approve', facts({ reviewedBy: 'a' }))).toMatchObject({
      code: 'RISK_UNIT_SAME_SIGNER',
    });
    // The submitter may approve after someone else reviewed.
    expect(decideTransition('reviewed', 'approve', facts({ submittedBy: 'a' }))).toEqual({
      ok: true,
      to: 'approved',
    });
  });

  it('needs a reason to reject and only the submitter may withdraw', () => {
    expect(decideTransition('submitted', 'reject', facts({ comment: '  ' }))).toMatchObject({
      code: 'RISK_UNIT_COMMENT_REQUIRED',
    });
    expect(decideTransition('submitted', 'withdraw', facts({ submittedBy: 'x' }))).toMatchObject({
      code: 'RISK_UNIT_NOT_SUBMITTER',
    });
  });
});

describe('readiness', () => {
  const measure = {
    kind: 'control' as const,
    hierarchy: 'engineering',
    responsibleUserId: 'u',
    responsibleUnitId: null,
  };
  const base: UnitContent = {
    responsibleUserId: 'owner',
    isMajorSource: false,
    stewardRoles: [],
    events: [
      { id: 'e1', name: '泄漏', inherentLevel: 'major', residualLevel: 'general', measures: [measure] },
    ],
  };

  it('accepts a complete unit', () => {
    expect(readinessIssues(base)).toEqual([]);
  });

  it('needs events, an owner and assessed events', () => {
    expect(readinessIssues({ ...base, events: [] })).toEqual([{ code: 'RISK_UNIT_NO_EVENTS' }]);
    expect(readinessIssues({ ...base, responsibleUserId: null })).toEqual([{ code: 'RISK_UNIT_NO_OWNER' }]);
    const unassessed = { ...base, events: [{ ...base.events[0]!, residualLevel: null }] };
    expect(readinessIssues(unassessed)).toContainEqual({
      code: 'RISK_EVENT_NOT_ASSESSED',
      eventId: 'e1',
      eventName: '泄漏',
    });
  });

  it.each(['major', 'significant'] as const)(
    'needs a reduction measure with an owner for a %s risk',
    (level) => {
      const noMeasure = { ...base, events: [{ ...base.events[0]!, inherentLevel: level, measures: [] }] };
      expect(readinessIssues(noMeasure)).toEqual([
        { code: 'RISK_EVENT_NO_REDUCTION_MEASURE', eventId: 'e1', eventName: '泄漏' },
      ]);
      const onlyEmergency = {
        ...base,
        events: [
          {
            ...base.events[0]!,
            inherentLevel: level,
            measures: [{ ...measure, kind: 'emergency' as const, hierarchy: null }],
          },
        ],
      };
      expect(readinessIssues(onlyEmergency)[0]?.code).toBe('RISK_EVENT_NO_REDUCTION_MEASURE');
      const ownerless = {
        ...base,
        events: [
          { ...base.events[0]!, inherentLevel: level, measures: [{ ...measure, responsibleUserId: null }] },
        ],
      };
      expect(readinessIssues(ownerless)[0]?.code).toBe('RISK_EVENT_MEASURE_NO_OWNER');
    },
  );

  it.each(['general', 'low'] as const)('does not demand measures for a %s risk', (level) => {
    const unit = {
      ...base,
      events: [{ ...base.events[0]!, inherentLevel: level, residualLevel: level, measures: [] }],
    };
    expect(readinessIssues(unit)).toEqual([]);
  });

  it('needs all three stewards of a major source', () => {
    const unit = { ...base, isMajorSource: true, stewardRoles: ['principal' as const] };
    expect(readinessIssues(unit)).toEqual([
      { code: 'RISK_MAJOR_SOURCE_STEWARDS_INCOMPLETE', missing: ['technical', 'operational'] },
    ]);
    expect(readinessIssues({ ...unit, stewardRoles: ['principal', 'technical', 'operational'] })).toEqual([]);
  });
});
