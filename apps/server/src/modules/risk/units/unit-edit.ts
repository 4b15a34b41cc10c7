import { createHash, randomUUID } from 'node:crypto';
import type { CommandContext } from '../risk.database.ts';
import type { Trx } from '../risk.database.ts';
import { forbidden, notFound } from '../../../kernel/index.ts';
import { recordRisk } from '../risk-record.ts';
import { canonicalJson } from '../../../platform/audit/index.ts';
import type { Actor } from '../../identity/index.ts';
import { riskErrors } from '../risk.errors.ts';
import { registerAbilities } from '../risk.policy.ts';
import type { VisibleEnterprise } from '../risk-scope.ts';
import { decideTransition } from '../risk-unit.state.ts';
import { lockUnit, type UnitRow } from './units.repository.ts';

/** Throws 403 naming the permission when an ability is false. */
export function authorize(isAllowed: boolean, permission: string): void {
  if (!isAllowed) throw forbidden(permission);
}

/** 403 unless the actor may edit this enterprise's register (own enterprise or platform, risk.edit). */
export function authorizeRegisterEdit(actor: Actor, enterprise: VisibleEnterprise): void {
  authorize(registerAbilities(actor, enterprise).canEdit, 'risk.edit');
}

/**
 * The gate every edit of a unit or anything under it passes, inside the edit's transaction: the
 * unit is locked, a unit under review refuses (409 RISK_UNIT_LOCKED), and an approved unit goes
 * back to draft with a signed 'reopen' step, so a change can never slip into an approved register
 * unsigned. The approved version itself stays in risk_unit_versions. Returns the (draft) unit.
 */
export async function beginUnitEdit(
  trx: Trx,
  ctx: CommandContext,
  enterprise: VisibleEnterprise,
  unitId: string,
): Promise<UnitRow> {
  const unit = await lockUnit(trx, enterprise, unitId);
  if (!unit || unit.archivedAt !== null) throw notFound('Risk unit');
  authorizeRegisterEdit(ctx.actor, enterprise);
  if (unit.status === 'submitted' || unit.status === 'reviewed') throw riskErrors.lockedForApproval();
  if (unit.status === 'draft') return unit;

  const decision = decideTransition(unit.status, 'reopen', {
    actorId: ctx.actor.userId,
    submittedBy: null,
    reviewedBy: null,
    comment: '',
    readiness: [],
  });
  if (!decision.ok) throw riskErrors.invalidTransition(unit.status, 'reopen');
  const approved = await trx
    .selectFrom('riskUnitVersions')
    .select('snapshot')
    .where('enterpriseId', '=', enterprise.id)
    .where('unitId', '=', unitId)
    .where('version', '=', unit.version)
    .executeTakeFirst();
  // The hash of the approved snapshot (the same hash the approve signature carries), so the reopen
  // points at exactly the content it takes out of force.
  const contentHash = createHash('sha256')
    .update(canonicalJson(approved?.snapshot ?? { ...unit, updatedAt: null }))
    .digest('hex');
  const now = new Date();
  await trx
    .insertInto('riskUnitSignatures')
    .values({
      enterpriseId: enterprise.id,
      id: randomUUID(),
      unitId,
      action: 'reopen',
      fromStatus: unit.status,
      toStatus: decision.to,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.name,
      comment: '',
      contentHash,
      signedAt: now,
    })
    .execute();
  await trx
    .updateTable('riskUnits')
    .set({ status: decision.to, updatedAt: now })
    .where('enterpriseId', '=', enterprise.id)
    .where('id', '=', unitId)
    .execute();
  await recordRisk(trx, ctx.audit, {
    enterpriseId: enterprise.id,
    action: 'risk.unit-reopened',
    entityType: 'riskUnit',
    entityId: unitId,
    before: { status: unit.status, version: unit.version },
    after: { status: decision.to },
  });
  return { ...unit, status: decision.to, updatedAt: now };
}

/** Marks the unit changed (its updatedAt) at the end of an edit under it. */
export async function touchUnit(trx: Trx, enterprise: VisibleEnterprise, unitId: string): Promise<void> {
  await trx
    .updateTable('riskUnits')
    .set({ updatedAt: new Date() })
    .where('enterpriseId', '=', enterprise.id)
    .where('id', '=', unitId)
    .execute();
}
