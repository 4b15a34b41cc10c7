import { randomUUID } from 'node:crypto';
import type { RiskChangeInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { forbidden, validationFailed } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { registerAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { liveUnits } from '../reviews.repository.ts';

/**
 * Records a change that calls for re-assessment (法规标准、组织机构、工艺、设备、环境) and flags the
 * affected units, so they show on the dashboard until they are re-approved.
 */
export async function recordChange(
  ctx: CommandContext,
  enterpriseId: string,
  input: RiskChangeInput,
): Promise<string> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  if (!registerAbilities(ctx.actor, enterprise).canRecordChange) throw forbidden('risk.edit');
  const unitIds = [...new Set(input.unitIds)];
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const units = await liveUnits(trx, enterprise, unitIds);
    const found = new Set(units.map((u) => u.id));
    const missing = unitIds.filter((u) => !found.has(u));
    if (missing.length > 0)
      throw validationFailed('body.unitIds', `unknown or archived units: ${missing.join(', ')}`);
    await trx
      .insertInto('riskChanges')
      .values({
        enterpriseId: enterprise.id,
        id,
        kind: input.kind,
        description: input.description,
        recordedBy: ctx.actor.userId,
      })
      .execute();
    await trx
      .insertInto('riskChangeUnits')
      .values(unitIds.map((unitId) => ({ enterpriseId: enterprise.id, changeId: id, unitId })))
      .execute();
    await trx
      .updateTable('riskUnits')
      .set({
        needsReassessment: true,
        reassessmentReason: `${input.kind}: ${input.description}`,
        updatedAt: new Date(),
      })
      .where('enterpriseId', '=', enterprise.id)
      .where('id', 'in', unitIds)
      .execute();
    await recordRisk(trx, ctx.audit, {
      enterpriseId: enterprise.id,
      action: 'risk.change-recorded',
      entityType: 'riskChange',
      entityId: id,
      after: { kind: input.kind, description: input.description, unitIds },
    });
  });
  return id;
}
