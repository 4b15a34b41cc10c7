import type { HazardState } from '@shuangkong/contracts';
import { can } from '../../kernel/index.ts';
import type { Actor } from '../identity/index.ts';
import type { HazardScope } from './hazard-scope.ts';
import { actionsFrom, type HazardFacts, type HazardMachineAction } from './hazard.state.ts';

// Regulators read an enterprise's major hazards; only the enterprise's own staff change hazards.

export function mayRead(actor: Actor): boolean {
  return can(actor, 'hazard.read');
}

export function mayReport(actor: Actor, scope: HazardScope): boolean {
  return scope.isOwn && can(actor, 'hazard.report');
}

export type HazardPolicyFacts = HazardFacts & { ownerUserId: string | null };

/** Which permission each action needs; owner-only actions are checked beside it. */
const needs: Record<HazardMachineAction, Parameters<typeof can>[1]> = {
  confirm: 'hazard.manage',
  reject: 'hazard.manage',
  merge: 'hazard.manage',
  assign: 'hazard.manage',
  approvePlan: 'hazard.approvePlan',
  fixOnTheSpot: 'hazard.rectify',
  submitRectification: 'hazard.rectify',
  accept: 'hazard.accept',
  sendBack: 'hazard.accept',
  requestExtension: 'hazard.rectify',
  approveExtension: 'hazard.manage',
  refuseExtension: 'hazard.manage',
  void: 'hazard.manage',
  handOver: 'hazard.manage',
};

export function permissionFor(action: HazardMachineAction): Parameters<typeof can>[1] {
  return needs[action];
}

/**
 * Whether the actor may take the action, apart from the state machine: the permission, the
 * enterprise's own staff, and for rectification steps the owner (on the spot: the reporter).
 */
export function mayAct(
  actor: Actor,
  scope: HazardScope,
  action: HazardMachineAction,
  f: HazardPolicyFacts,
): boolean {
  if (!scope.isOwn || !can(actor, needs[action])) return false;
  if (action === 'submitRectification' || action === 'requestExtension')
    return f.ownerUserId === actor.userId;
  if (action === 'fixOnTheSpot') return f.reporterId === actor.userId;
  return true;
}

/**
 * 一企一档 holds every hazard and every name: the enterprise's own safety manager or principal
 * only, never a colleague who sees part of it or a regulator who sees its major hazards.
 */
export function mayArchive(actor: Actor, scope: HazardScope): boolean {
  return scope.isOwn && (can(actor, 'hazard.manage') || can(actor, 'hazard.approvePlan'));
}

/** The abilities of the detail: machine and policy agree, so every shown button works. */
export function hazardAbilities(
  actor: Actor,
  scope: HazardScope,
  state: HazardState,
  f: HazardPolicyFacts,
): Record<HazardMachineAction, boolean> {
  const allowed = new Set(actionsFrom(state, f).filter((a) => mayAct(actor, scope, a, f)));
  return Object.fromEntries(
    Object.keys(needs).map((a) => [a, allowed.has(a as HazardMachineAction)]),
  ) as Record<HazardMachineAction, boolean>;
}
