import { permissionsOf, type Role } from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../identity/index.ts';
import { registerAbilities, unitAbilities } from './risk.policy.ts';
import type { VisibleEnterprise } from './risk-scope.ts';
import type { UnitStatus } from './risk.tables.ts';

const own = { id: 'e1', isOwn: true } as unknown as VisibleEnterprise;
const other = { id: 'e1', isOwn: false } as unknown as VisibleEnterprise;

function actor(roles: Role[], o: Partial<Actor> = {}): Actor {
  return {
    userId: 'me',
    username: 'me',
    name: '我',
    roles,
    permissions: new Set(permissionsOf(roles)),
    enterpriseId: 'e1',
    regulatorId: null,
    orgUnitId: null,
    scope: { kind: 'enterprise', enterpriseId: 'e1' },
    via: 'session',
    ...o,
  };
}

const unit = (
  status: UnitStatus,
  submittedBy: string | null = 'someone',
  reviewedBy: string | null = 'reviewer',
) => ({
  status,
  submittedBy,
  reviewedBy,
});

describe('register abilities', () => {
  it('lets the safety manager do everything on the own register', () => {
    expect(registerAbilities(actor(['safetyManager']), own)).toEqual({
      canEdit: true,
      canPublish: true,
      canConfigure: true,
      canImport: true,
      canRecordChange: true,
    });
  });

  it('gives a worker nothing to change', () => {
    expect(Object.values(registerAbilities(actor(['worker']), own)).some(Boolean)).toBe(false);
  });

  it('keeps regulators read-only even where they can see the register', () => {
    const inspector = actor(['inspector'], {
      enterpriseId: null,
      regulatorId: 'r1',
      scope: { kind: 'regulator', regulatorId: 'r1', remits: [] },
    });
    expect(Object.values(registerAbilities(inspector, other)).some(Boolean)).toBe(false);
  });

  it('lets a platform administrator correct any register', () => {
    const admin = actor(['platformAdmin'], { enterpriseId: null, scope: { kind: 'platform' } });
    expect(registerAbilities(admin, other).canEdit).toBe(true);
  });
});

describe('unit abilities follow status, permission and who signed before', () => {
  it('lets a team lead edit and submit a draft but not review or approve', () => {
    const a = unitAbilities(actor(['teamLead']), own, unit('draft'));
    expect(a).toMatchObject({ canEdit: true, canSubmit: true, canReview: false, canApprove: false });
  });

  it('locks a unit under review for editing', () => {
    for (const status of ['submitted', 'reviewed'] as const) {
      expect(unitAbilities(actor(['safetyManager']), own, unit(status)).canEdit).toBe(false);
    }
    expect(unitAbilities(actor(['safetyManager']), own, unit('approved')).canEdit).toBe(true);
  });

  it('offers review to a unit lead other than the submitter', () => {
    expect(unitAbilities(actor(['unitLead']), own, unit('submitted')).canReview).toBe(true);
    expect(unitAbilities(actor(['unitLead']), own, unit('submitted', 'me')).canReview).toBe(false);
    expect(unitAbilities(actor(['unitLead']), own, unit('submitted', 'me')).canWithdraw).toBe(true);
  });

  it('offers approval to the principal unless they reviewed it', () => {
    expect(unitAbilities(actor(['enterprisePrincipal']), own, unit('reviewed')).canApprove).toBe(true);
    expect(unitAbilities(actor(['enterprisePrincipal']), own, unit('reviewed', 'x', 'me')).canApprove).toBe(
      false,
    );
    expect(unitAbilities(actor(['unitLead']), own, unit('reviewed')).canApprove).toBe(false);
  });

  it('offers nothing on another enterprise', () => {
    expect(
      Object.values(unitAbilities(actor(['safetyManager']), other, unit('submitted'))).some(Boolean),
    ).toBe(false);
  });
});
