import { permissionsOf, type Role } from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import type { Actor, Scope } from '../../../kernel/index.ts';
import { canCreateRegulator, regulatorAbilities } from './regulator.policy.ts';

function actor(roles: Role[], scope: Scope): Actor {
  return {
    userId: 'u',
    username: 'u',
    name: 'u',
    roles,
    permissions: new Set(permissionsOf(roles)),
    enterpriseId: scope.kind === 'enterprise' ? scope.enterpriseId : null,
    regulatorId: scope.kind === 'regulator' ? scope.regulatorId : null,
    orgUnitId: null,
    scope,
    via: 'session',
  };
}

describe('regulator policy', () => {
  it('lets only platform administrators create and change regulators', () => {
    const cases: [Role[], Scope, boolean][] = [
      [['platformAdmin'], { kind: 'platform' }, true],
      [['regulatorAdmin'], { kind: 'regulator', regulatorId: 'r', remits: [] }, false],
      [['inspector'], { kind: 'regulator', regulatorId: 'r', remits: [] }, false],
      [['safetyManager'], { kind: 'enterprise', enterpriseId: 'e' }, false],
      [['expert'], { kind: 'none' }, false],
    ];
    for (const [roles, scope, expected] of cases) {
      const a = actor(roles, scope);
      expect(canCreateRegulator(a), roles.join()).toBe(expected);
      expect(regulatorAbilities(a).canUpdate, roles.join()).toBe(expected);
    }
  });

  it('does not let an API token without regulator.manage act for an administrator', () => {
    const a = actor(['platformAdmin'], { kind: 'platform' });
    const token: Actor = { ...a, permissions: new Set(['regulator.read'] as const), via: 'token' };
    expect(canCreateRegulator(token)).toBe(false);
  });
});
