import { permissionsOf } from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../kernel/index.ts';
import { canManageApiTokens, firstScopeBeyondActor } from './api-token.policy.ts';

const manager: Actor = {
  userId: 'u',
  username: 'u',
  name: 'u',
  roles: ['safetyManager'],
  permissions: new Set(permissionsOf(['safetyManager'])),
  enterpriseId: 'e',
  regulatorId: null,
  orgUnitId: null,
  scope: { kind: 'enterprise', enterpriseId: 'e' },
  via: 'session',
};

describe('api token policy', () => {
  it("accepts scopes within the owner's permissions and names the first one beyond them", () => {
    expect(firstScopeBeyondActor(manager, ['enterprise.read', 'user.read'])).toBe(-1);
    expect(firstScopeBeyondActor(manager, ['enterprise.read', 'regulator.manage', 'calendar.manage'])).toBe(
      1,
    );
  });

  it('lets a token mint only tokens narrower than itself', () => {
    const token: Actor = {
      ...manager,
      permissions: new Set(['apiToken.manage', 'enterprise.read'] as const),
      via: 'token',
    };
    expect(canManageApiTokens(token)).toBe(true);
    expect(firstScopeBeyondActor(token, ['enterprise.read'])).toBe(-1);
    expect(firstScopeBeyondActor(token, ['user.read'])).toBe(0);
  });
});
