import type { RiskSettingsInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { validationFailed } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { listTableSets } from '../../engine/factor-tables.ts';
import { registerAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { authorize } from '../../units/unit-edit.ts';
import { findSettings } from '../assessments.repository.ts';

/**
 * Chooses the enterprise's default method and table sets. Stored assessments keep the tables
 * they were made with; only new assessments use the new choice.
 */
export async function updateRiskSettings(
  ctx: CommandContext,
  enterpriseId: string,
  input: RiskSettingsInput,
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  authorize(registerAbilities(ctx.actor, enterprise).canConfigure, 'risk.configure');
  const sets = listTableSets();
  for (const [field, method] of [
    ['lecTable', 'lec'],
    ['lsTable', 'ls'],
    ['mesTable', 'mes'],
  ] as const) {
    const key = input[field];
    if (!sets.some((s) => s.method === method && s.key === key)) {
      const known = sets
        .filter((s) => s.method === method)
        .map((s) => s.key)
        .join(', ');
      throw validationFailed(`body.${field}`, `unknown ${method} table set '${key}'; known: ${known}`);
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findSettings(trx, enterprise);
    await trx
      .insertInto('riskSettings')
      .values({ enterpriseId, ...input, lastFullReviewAt: null, updatedAt: new Date() })
      .onConflict((oc) => oc.column('enterpriseId').doUpdateSet({ ...input, updatedAt: new Date() }))
      .execute();
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.settings-updated',
      entityType: 'riskSettings',
      entityId: enterpriseId,
      before,
      after: input,
    });
  });
}
