import { permissionsOf, type Role } from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../identity/index.ts';
import { hazardAbilities, mayReport, type HazardPolicyFacts } from './hazard.policy.ts';
import type { HazardScope } from './hazard-scope.ts';

const own = { id: 'e1', isOwn: true } as unknown as HazardScope;
const other = { id: 'e1', isOwn: false } as unknown as HazardScope;

function actor(roles: Role[], userId = 'me'): Actor {
  return {
    userId,
    username: userId,
    name: '我',
    roles,
    permissions: new Set(permissionsOf(roles)),
    enterpriseId: 'e1',
    regulatorId: null,
    orgUnitId: null,
    scope: { kind: 'enterprise', enterpriseId: 'e1' },
    via: 'session',
  };
}

const facts = (o: Partial<HazardPolicyFacts> = {}): HazardPolicyFacts => ({
  actorId: 'me',
  actorIsSafetyManager: false,
  reporterId: 'worker',
  rectifiedBy: null,
  grade: 'general',
  rectificationType: 'deadline',
  planSubmitted: false,
  extensionPending: false,
  hasReason: true,
  newDeadlineLater: true,
  ownerUserId: 'owner',
  ...o,
});

describe('hazard policy', () => {
  it('lets any employee report, but not a regulator', () => {
    expect(mayReport(actor(['worker']), own)).toBe(true);
    expect(mayReport(actor(['inspector']), other)).toBe(false);
  });

  it('gives the safety manager confirm, reject and void on a reported hazard; a worker none', () => {
    const manager = hazardAbilities(
      actor(['safetyManager']),
      own,
      'reported',
      facts({ actorIsSafetyManager: true }),
    );
    expect(manager).toMatchObject({ confirm: true, reject: true, void: true, accept: false });
    const worker = hazardAbilities(actor(['worker']), own, 'reported', facts());
    expect(Object.values(worker).some(Boolean)).toBe(false);
  });

  it('lets only the owner submit the rectification', () => {
    expect(
      hazardAbilities(actor(['worker'], 'owner'), own, 'rectifying', facts({ actorId: 'owner' }))
        .submitRectification,
    ).toBe(true);
    expect(hazardAbilities(actor(['worker']), own, 'rectifying', facts()).submitRectification).toBe(false);
  });

  it('never lets the rectifier accept, even as safety manager', () => {
    const f = facts({ actorId: 'me', rectifiedBy: 'me', actorIsSafetyManager: true });
    expect(hazardAbilities(actor(['safetyManager']), own, 'accepting', f).accept).toBe(false);
    expect(
      hazardAbilities(actor(['safetyManager']), own, 'accepting', { ...f, rectifiedBy: 'owner' }).accept,
    ).toBe(true);
  });

  it('gives a regulator no actions', () => {
    const a = hazardAbilities(actor(['regulatorAdmin']), other, 'accepting', facts({ rectifiedBy: 'owner' }));
    expect(Object.values(a).some(Boolean)).toBe(false);
  });
});
