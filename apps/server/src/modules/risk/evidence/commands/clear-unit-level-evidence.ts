import { tablesOf, type WithTables } from '../../../../kernel/index.ts';
import type { DB, Trx } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { TrustedEnterprise } from '../../units/enterprise-ref.ts';
import { recomputeUnitLevels } from '../../units/recompute-unit-levels.ts';
import { findEvidence } from '../evidence.repository.ts';
import type { EvidenceContext } from './raise-unit-level.ts';

export type ClearUnitLevelEvidenceOptions = { enterpriseId: string; evidenceId: string; reason: string };

/**
 * Stops a piece of evidence counting (the hazard closed, the check was made up, the alarm was
 * disposed of) and recomputes the unit's current level, with the reason in its history.
 * Idempotent: clearing cleared evidence changes nothing and returns false.
 */
export async function clearUnitLevelEvidence(
  trxHandle: WithTables<DB>,
  ctx: EvidenceContext,
  o: ClearUnitLevelEvidenceOptions,
): Promise<boolean> {
  // Called by other modules inside their own transaction, typed by their own tables.
  const trx = tablesOf<DB>(trxHandle) as Trx;
  const enterprise = TrustedEnterprise.unsafeFromModuleCall(o.enterpriseId);
  const evidence = await findEvidence(trx, enterprise, o.evidenceId);
  if (!evidence) throw notFound('Evidence');
  if (evidence.clearedAt !== null) return false;
  await trx
    .updateTable('riskLevelEvidence')
    .set({ clearedAt: new Date(), clearedBy: ctx.audit.actorId, clearReason: o.reason })
    .where('enterpriseId', '=', enterprise.id)
    .where('id', '=', o.evidenceId)
    .execute();
  await recomputeUnitLevels(trx, ctx.audit, enterprise, evidence.unitId, {
    cause: 'evidence-cleared',
    reason: o.reason,
  });
  await recordRisk(trx, ctx.audit, {
    enterpriseId: enterprise.id,
    action: 'risk.evidence-cleared',
    entityType: 'riskLevelEvidence',
    entityId: o.evidenceId,
    before: { level: evidence.level, source: evidence.source, reason: evidence.reason },
    after: { clearReason: o.reason },
  });
  return true;
}

export type ClearEvidenceForOptions = {
  enterpriseId: string;
  refType: string;
  refId: string;
  reason: string;
};

/**
 * Clears every piece of evidence a record of another module raised (a hazard that is closed,
 * voided or merged), found by its reference. Returns how many were still counting.
 */
export async function clearUnitLevelEvidenceFor(
  trxHandle: WithTables<DB>,
  ctx: EvidenceContext,
  o: ClearEvidenceForOptions,
): Promise<number> {
  const trx = tablesOf<DB>(trxHandle) as Trx;
  const open = await trx
    .selectFrom('riskLevelEvidence')
    .select('id')
    .where('enterpriseId', '=', o.enterpriseId)
    .where('refType', '=', o.refType)
    .where('refId', '=', o.refId)
    .where('clearedAt', 'is', null)
    .execute();
  let cleared = 0;
  for (const e of open) {
    if (
      await clearUnitLevelEvidence(trx, ctx, {
        enterpriseId: o.enterpriseId,
        evidenceId: e.id,
        reason: o.reason,
      })
    )
      cleared += 1;
  }
  return cleared;
}
