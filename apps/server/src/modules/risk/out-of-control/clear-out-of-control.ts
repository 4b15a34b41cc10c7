import type { AuditContext } from '../../../kernel/index.ts';
import type { Db } from '../risk.database.ts';
import { clearUnitLevelEvidence } from '../evidence/commands/clear-unit-level-evidence.ts';
import { MISSED_CHECK_SOURCE } from '../units/recompute-unit-levels.ts';
import { TrustedEnterprise } from '../units/enterprise-ref.ts';
import { lockUnit } from '../units/units.repository.ts';
import { MISSED_CHECK_REF, type CheckRecordedFacts } from './inspection-facts.ts';

/**
 * A completed check of a unit clears the missed-check evidence of that unit whose miss was recorded
 * before it (earlier in the outbox): the unit is back under control. Other evidence (an open
 * hazard, an alarm) stays. Idempotent: cleared evidence is not cleared again. Returns how many.
 */
export async function clearOutOfControl(
  db: Db,
  audit: AuditContext,
  event: { id: string; enterpriseId: string },
  facts: CheckRecordedFacts,
): Promise<number> {
  const enterprise = TrustedEnterprise.unsafeFromModuleCall(event.enterpriseId);
  return db.transaction().execute(async (trx) => {
    const unit = await lockUnit(trx, enterprise, facts.unitId);
    if (!unit) return 0;
    const recordedSeq = trx.selectFrom('domainEvents').select('seq').where('id', '=', event.id);
    const open = await trx
      .selectFrom('riskLevelEvidence as e')
      .innerJoin('domainEvents as d', (j) =>
        j
          .onRef('d.entityId', '=', 'e.refId')
          .on('d.entityType', '=', MISSED_CHECK_REF)
          .on('d.type', '=', 'inspection.check-missed'),
      )
      .select('e.id')
      .where('e.enterpriseId', '=', enterprise.id)
      .where('e.unitId', '=', unit.id)
      .where('e.source', '=', MISSED_CHECK_SOURCE)
      .where('e.refType', '=', MISSED_CHECK_REF)
      .where('e.clearedAt', 'is', null)
      .where('d.enterpriseId', '=', enterprise.id)
      .where('d.seq', '<', recordedSeq)
      .execute();
    for (const evidence of open) {
      await clearUnitLevelEvidence(
        trx,
        { audit },
        {
          enterpriseId: enterprise.id,
          evidenceId: evidence.id,
          reason: '已完成排查，恢复受控',
        },
      );
    }
    return open.length;
  });
}
