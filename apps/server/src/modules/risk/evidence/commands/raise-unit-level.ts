import { tablesOf, type WithTables } from '../../../../kernel/index.ts';
import { randomUUID } from 'node:crypto';
import type { RiskLevel } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import type { DB, Trx } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { TrustedEnterprise } from '../../units/enterprise-ref.ts';
import { recomputeUnitLevels } from '../../units/recompute-unit-levels.ts';
import { lockUnit } from '../../units/units.repository.ts';

/** What a caller of the evidence commands must provide: who acts, for the audit and history. */
export type EvidenceContext = Pick<CommandContext, 'audit'>;

export type RaiseUnitLevelOptions = {
  enterpriseId: string;
  unitId: string;
  level: RiskLevel;
  /** Who raised it, as module.reason: 'hazard.open', 'inspection.missed-check', 'monitoring.alarm', 'manual'. */
  source: string;
  reason: string;
  refType?: string;
  refId?: string;
};

/**
 * Records evidence that a unit is riskier now than assessed (a missed check, an open hazard, an
 * alarm) and recomputes its current level; the level history shows the cause and reason. Runs in
 * the caller's transaction. Evidence is operational, not an edit of the register: it neither
 * reopens an approved unit nor is refused by one under review. Returns the evidence id.
 */
export async function raiseUnitLevel(
  trxHandle: WithTables<DB>,
  ctx: EvidenceContext,
  o: RaiseUnitLevelOptions,
): Promise<string> {
  // Called by other modules inside their own transaction, typed by their own tables.
  const trx = tablesOf<DB>(trxHandle) as Trx;
  // The calling module has scoped its own request; the unit is still looked up within the enterprise.
  const enterprise = TrustedEnterprise.unsafeFromModuleCall(o.enterpriseId);
  const unit = await lockUnit(trx, enterprise, o.unitId);
  if (!unit || unit.archivedAt !== null) throw notFound('Risk unit');
  const id = randomUUID();
  await trx
    .insertInto('riskLevelEvidence')
    .values({
      enterpriseId: enterprise.id,
      id,
      unitId: o.unitId,
      level: o.level,
      source: o.source,
      reason: o.reason,
      refType: o.refType ?? null,
      refId: o.refId ?? null,
      raisedBy: ctx.audit.actorId,
      clearedAt: null,
      clearedBy: null,
      clearReason: null,
    })
    .execute();
  await recomputeUnitLevels(trx, ctx.audit, enterprise, o.unitId, {
    cause: 'evidence-raised',
    reason: o.reason,
  });
  await recordRisk(trx, ctx.audit, {
    enterpriseId: enterprise.id,
    action: 'risk.evidence-raised',
    entityType: 'riskLevelEvidence',
    entityId: id,
    after: { ...o },
  });
  return id;
}
