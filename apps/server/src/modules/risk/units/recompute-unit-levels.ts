import { randomUUID } from 'node:crypto';
import type { Trx } from '../risk.database.ts';
import type { AuditContext } from '../../../platform/audit/index.ts';
import { recordRisk } from '../risk-record.ts';
import { unitLevels } from '../risk-level.ts';
import type { Level } from '../risk.tables.ts';
import type { EnterpriseScope } from './enterprise-ref.ts';

/** The evidence source of a missed or overdue inspection check (ADR 0012). */
export const MISSED_CHECK_SOURCE = 'inspection.missed-check';

/** 失控 while any missed check is outstanding; the oldest one's reason says since when. */
function outOfControlReason(active: readonly { source: string; reason: string }[]): string | null {
  const missed = active.filter((e) => e.source === MISSED_CHECK_SOURCE);
  if (missed.length === 0) return null;
  const first = missed[0]!.reason;
  return missed.length === 1 ? first : `${first}（另有 ${missed.length - 1} 项未排查）`;
}

export type LevelCause = 'assessment' | 'evidence-raised' | 'evidence-cleared' | 'event-deleted';

/**
 * Recomputes a unit's inherent, residual and current levels from its events and its active
 * evidence, and when the current level moves writes a level-history row (with the cause and
 * reason) and an audit event. Call it inside the transaction that changed the inputs.
 */
export async function recomputeUnitLevels(
  trx: Trx,
  audit: AuditContext,
  enterprise: EnterpriseScope,
  unitId: string,
  change: { cause: LevelCause; reason: string },
): Promise<{ from: Level | null; to: Level | null }> {
  const unit = await trx
    .selectFrom('riskUnits')
    .select(['currentLevel'])
    .where('enterpriseId', '=', enterprise.id)
    .where('id', '=', unitId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const [events, evidence] = await Promise.all([
    trx
      .selectFrom('riskEvents')
      .select(['inherentLevel', 'residualLevel'])
      .where('enterpriseId', '=', enterprise.id)
      .where('unitId', '=', unitId)
      .execute(),
    trx
      .selectFrom('riskLevelEvidence')
      .select(['level', 'source', 'reason'])
      .where('enterpriseId', '=', enterprise.id)
      .where('unitId', '=', unitId)
      .where('clearedAt', 'is', null)
      .orderBy('raisedAt')
      .orderBy('id')
      .execute(),
  ]);
  const next = unitLevels(events, evidence);
  await trx
    .updateTable('riskUnits')
    .set({ ...next, outOfControlReason: outOfControlReason(evidence), updatedAt: new Date() })
    .where('enterpriseId', '=', enterprise.id)
    .where('id', '=', unitId)
    .execute();
  const from = unit.currentLevel;
  const to = next.currentLevel;
  if (from !== to) {
    await trx
      .insertInto('riskUnitLevelHistory')
      .values({
        enterpriseId: enterprise.id,
        id: randomUUID(),
        unitId,
        fromLevel: from,
        toLevel: to,
        cause: change.cause,
        reason: change.reason,
        actorId: audit.actorId,
      })
      .execute();
    await recordRisk(trx, audit, {
      enterpriseId: enterprise.id,
      action: 'risk.unit-level-changed',
      entityType: 'riskUnit',
      entityId: unitId,
      before: { currentLevel: from },
      after: { currentLevel: to, cause: change.cause, reason: change.reason },
    });
  }
  return { from, to };
}
