import { permissionsOf, type Role } from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../kernel/index.ts';
import type { Actor, Scope } from '../../../kernel/index.ts';
import { grantableRoles, resolveInviteTarget, roleFamily, userAbilities } from './user.policy.ts';

function actor(roles: Role[], scope: Scope, userId = 'me'): Actor {
  return {
    userId,
    username: userId,
    name: userId,
    roles,
    permissions: new Set(permissionsOf(roles)),
    enterpriseId: scope.kind === 'enterprise' ? scope.enterpriseId : null,
    regulatorId: scope.kind === 'regulator' ? scope.regulatorId : null,
    orgUnitId: null,
    scope,
    via: 'session',
  };
}

const platform = actor(['platformAdmin'], { kind: 'platform' });
const manager = actor(['safetyManager'], { kind: 'enterprise', enterpriseId: 'e1' });
const lead = actor(['unitLead'], { kind: 'enterprise', enterpriseId: 'e1' });
const regAdmin = actor(['regulatorAdmin'], { kind: 'regulator', regulatorId: 'r1', remits: [] });
const inspector = actor(['inspector'], { kind: 'regulator', regulatorId: 'r1', remits: [] });

/** The AppError a call throws, as code and field; null when it returns. */
function failure(fn: () => unknown): { code: string; field: unknown } | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, field: error.details.field };
  }
}

describe('roleFamily and grantableRoles', () => {
  it('sorts roles into enterprise, regulator and platform families', () => {
    expect(roleFamily('worker')).toBe('enterprise');
    expect(roleFamily('enterprisePrincipal')).toBe('enterprise');
    expect(roleFamily('inspector')).toBe('regulator');
    expect(roleFamily('expert')).toBe('platform');
    expect(roleFamily('platformAdmin')).toBe('platform');
  });

  it('gives each manager only its own family, and nothing without user.manage', () => {
    expect(grantableRoles(platform)).toContain('platformAdmin');
    expect(grantableRoles(manager)).toEqual([
      'enterprisePrincipal',
      'safetyManager',
      'unitLead',
      'teamLead',
      'worker',
    ]);
    expect(grantableRoles(regAdmin)).toEqual(['regulatorAdmin', 'inspector']);
    expect(grantableRoles(lead)).toEqual([]);
    expect(grantableRoles(inspector)).toEqual([]);
    const token: Actor = { ...manager, permissions: new Set(['user.read'] as const), via: 'token' };
    expect(grantableRoles(token)).toEqual([]);
  });
});

describe('resolveInviteTarget', () => {
  it("defaults a tenant manager's invitee into its own enterprise or regulator", () => {
    expect(resolveInviteTarget(manager, ['worker'], {})).toEqual({ enterpriseId: 'e1', regulatorId: null });
    expect(resolveInviteTarget(regAdmin, ['inspector'], {})).toEqual({
      enterpriseId: null,
      regulatorId: 'r1',
    });
    expect(resolveInviteTarget(platform, ['expert'], {})).toEqual({ enterpriseId: null, regulatorId: null });
    expect(resolveInviteTarget(platform, ['worker'], { enterpriseId: 'e9' })).toEqual({
      enterpriseId: 'e9',
      regulatorId: null,
    });
  });

  it('refuses roles, places and combinations outside the rules, naming the field', () => {
    expect(failure(() => resolveInviteTarget(lead, ['worker'], {}))).toEqual({
      code: 'FORBIDDEN',
      field: undefined,
    });
    expect(failure(() => resolveInviteTarget(manager, ['worker', 'expert'], {}))).toEqual({
      code: 'FORBIDDEN',
      field: 'body.roles.1',
    });
    expect(failure(() => resolveInviteTarget(manager, ['worker'], { enterpriseId: 'e2' }))).toEqual({
      code: 'FORBIDDEN',
      field: 'body.enterpriseId',
    });
    expect(failure(() => resolveInviteTarget(regAdmin, ['inspector'], { regulatorId: 'r2' }))).toEqual({
      code: 'FORBIDDEN',
      field: 'body.regulatorId',
    });
    expect(failure(() => resolveInviteTarget(platform, ['worker'], {}))).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'body.enterpriseId',
    });
    expect(failure(() => resolveInviteTarget(platform, ['inspector'], {}))).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'body.regulatorId',
    });
    expect(
      failure(() => resolveInviteTarget(platform, ['worker', 'inspector'], { enterpriseId: 'e1' })),
    ).toEqual({ code: 'VALIDATION_FAILED', field: 'body.roles.1' });
    expect(failure(() => resolveInviteTarget(platform, ['expert'], { enterpriseId: 'e1' }))).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'body.enterpriseId',
    });
    expect(failure(() => resolveInviteTarget(regAdmin, ['inspector'], { orgUnitId: 'u1' }))).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'body.orgUnitId',
    });
    expect(failure(() => resolveInviteTarget(manager, ['worker'], { regulatorId: 'r1' }))).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'body.regulatorId',
    });
  });
});

describe('userAbilities', () => {
  const worker = { id: 'w', roles: ['worker'] as Role[], status: 'active' as const };

  it('lets a manager change a colleague but not disable itself', () => {
    expect(userAbilities(manager, worker)).toEqual({
      canUpdate: true,
      canChangeRoles: true,
      canDisable: true,
      canEnable: false,
      canResetPassword: true,
    });
    const self = { id: 'me', roles: ['safetyManager'] as Role[], status: 'active' as const };
    expect(userAbilities(manager, self).canDisable).toBe(false);
    expect(userAbilities(manager, { ...worker, status: 'disabled' })).toMatchObject({
      canDisable: false,
      canEnable: true,
    });
  });

  it('gives nothing to readers, nor over users holding roles the actor cannot grant', () => {
    expect(Object.values(userAbilities(lead, worker)).some(Boolean)).toBe(false);
    const admin = { id: 'a', roles: ['platformAdmin'] as Role[], status: 'active' as const };
    expect(Object.values(userAbilities(manager, admin)).some(Boolean)).toBe(false);
    expect(userAbilities(platform, admin).canUpdate).toBe(true);
  });
});
