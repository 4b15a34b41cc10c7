import type { RiskUnitAbilities } from '@shuangkong/contracts';
import { can, type Actor } from '../identity/index.ts';
import type { UnitStatus } from './risk.tables.ts';
import type { VisibleEnterprise } from './risk-scope.ts';

/** Only the enterprise itself (or a platform administrator) writes its register; regulators read. */
function writes(actor: Actor, enterprise: VisibleEnterprise): boolean {
  return enterprise.isOwn || actor.scope.kind === 'platform';
}

export type RegisterAbilities = {
  canEdit: boolean;
  canPublish: boolean;
  canConfigure: boolean;
  canImport: boolean;
  canRecordChange: boolean;
};

/** What the actor may do with an enterprise's register as a whole. */
export function registerAbilities(actor: Actor, enterprise: VisibleEnterprise): RegisterAbilities {
  const w = writes(actor, enterprise);
  return {
    canEdit: w && can(actor, 'risk.edit'),
    canPublish: w && can(actor, 'risk.publish'),
    canConfigure: w && can(actor, 'risk.configure'),
    canImport: w && can(actor, 'risk.edit'),
    canRecordChange: w && can(actor, 'risk.edit'),
  };
}

export type UnitAbilities = RiskUnitAbilities;

type UnitLike = { status: UnitStatus; submittedBy: string | null; reviewedBy: string | null };

/**
 * What the actor may do with one unit: the permission, the status, and who signed before. The
 * state machine has the final word; this only decides which buttons the UI shows.
 */
export function unitAbilities(actor: Actor, enterprise: VisibleEnterprise, unit: UnitLike): UnitAbilities {
  const w = writes(actor, enterprise);
  const is = (...s: UnitStatus[]) => s.includes(unit.status);
  return {
    // Editing an approved unit reopens it as a draft; a unit under review is locked.
    canEdit: w && can(actor, 'risk.edit') && is('draft', 'approved'),
    canSubmit: w && can(actor, 'risk.submit') && is('draft'),
    canWithdraw: w && is('submitted') && unit.submittedBy === actor.userId,
    canReview: w && can(actor, 'risk.review') && is('submitted') && unit.submittedBy !== actor.userId,
    canReject: w && (can(actor, 'risk.review') || can(actor, 'risk.approve')) && is('submitted', 'reviewed'),
    canApprove: w && can(actor, 'risk.approve') && is('reviewed') && unit.reviewedBy !== actor.userId,
  };
}
