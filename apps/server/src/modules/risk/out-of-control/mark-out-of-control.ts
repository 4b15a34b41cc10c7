import { riskLevelsAscending, type RiskLevel } from '@shuangkong/contracts';
import { sql } from 'kysely';
import type { AuditContext } from '../../../kernel/index.ts';
import { sendInApp } from '../../../platform/notify/index.ts';
import type { Db } from '../risk.database.ts';
import { raiseUnitLevel } from '../evidence/commands/raise-unit-level.ts';
import { MISSED_CHECK_SOURCE } from '../units/recompute-unit-levels.ts';
import { TrustedEnterprise } from '../units/enterprise-ref.ts';
import { lockUnit } from '../units/units.repository.ts';
import { usersWithRoles } from '../approval/approval.repository.ts';
import { MISSED_CHECK_REF, type CheckMissedFacts } from './inspection-facts.ts';

/** ADR 0012: a missed check raises the unit one step above its assessed (residual) level. */
export function missedCheckLevel(residual: RiskLevel | null): RiskLevel {
  const at = residual === null ? 0 : riskLevelsAscending.indexOf(residual);
  return riskLevelsAscending[Math.min(at + 1, riskLevelsAscending.length - 1)]!;
}

/** 12-03 16:00 in China time: when the check's window closed. */
function shanghaiMinute(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString();
  return `${local.slice(5, 10)} ${local.slice(11, 16)}`;
}

/**
 * Marks a unit out of control (失控) for a missed check: missed-check evidence one level up, the
 * reason on the unit, and (when it was under control) a warning to the unit's responsible person
 * and the safety managers.
 * Idempotent (one evidence per task, whatever the deliveries) and reads current state: a check of
 * the unit recorded after the miss (its event later in the outbox) means there is nothing to mark.
 * Returns whether it marked the unit.
 */
export async function markOutOfControl(
  db: Db,
  audit: AuditContext,
  event: { id: string; enterpriseId: string },
  facts: CheckMissedFacts,
): Promise<boolean> {
  const enterprise = TrustedEnterprise.unsafeFromModuleCall(event.enterpriseId);
  return db.transaction().execute(async (trx) => {
    // The lock serialises the deliveries of one unit: a duplicate waits, then finds the evidence.
    const unit = await lockUnit(trx, enterprise, facts.unitId);
    if (!unit || unit.archivedAt !== null) return false;
    const existing = await trx
      .selectFrom('riskLevelEvidence')
      .select('id')
      .where('enterpriseId', '=', enterprise.id)
      .where('source', '=', MISSED_CHECK_SOURCE)
      .where('refType', '=', MISSED_CHECK_REF)
      .where('refId', '=', facts.taskId)
      .executeTakeFirst();
    if (existing) return false;
    const madeUp = await trx
      .selectFrom('domainEvents as d')
      .select('d.id')
      .where('d.enterpriseId', '=', enterprise.id)
      .where('d.type', '=', 'inspection.check-recorded')
      .where(sql<string>`d.payload->>'unitId'`, '=', facts.unitId)
      .where('d.seq', '>', trx.selectFrom('domainEvents').select('seq').where('id', '=', event.id))
      .executeTakeFirst();
    if (madeUp) return false;
    const reason = `失控：排查任务未按时完成（${shanghaiMinute(facts.endsAt)} 截止）`;
    await raiseUnitLevel(
      trx,
      { audit },
      {
        enterpriseId: enterprise.id,
        unitId: unit.id,
        level: missedCheckLevel(unit.residualLevel),
        source: MISSED_CHECK_SOURCE,
        reason,
        refType: MISSED_CHECK_REF,
        refId: facts.taskId,
      },
    );
    // One warning when the unit goes out of control, not one per further missed check.
    if (unit.outOfControlReason !== null) return true;
    const safetyManagers = await usersWithRoles(trx, enterprise, ['safetyManager']);
    const label = `${unit.code} ${unit.name}`;
    await sendInApp(trx, [...(unit.responsibleUserId ? [unit.responsibleUserId] : []), ...safetyManagers], {
      kind: 'risk.unit-out-of-control',
      title: `风险单元失控：${label}`,
      body: reason,
      params: { unit: label, reason },
      link: `/risk/register?unit=${unit.id}`,
    });
    return true;
  });
}
