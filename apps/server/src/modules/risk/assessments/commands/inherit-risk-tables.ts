import type { CommandContext } from '../../risk.database.ts';
import { recordRisk } from '../../risk-record.ts';
import { registerAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { authorize } from '../../units/unit-edit.ts';
import { findSettings } from '../assessments.repository.ts';

/** Drops the enterprise's own choice of tables: it follows its industry's default again. */
export async function inheritRiskTables(ctx: CommandContext, enterpriseId: string): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  authorize(registerAbilities(ctx.actor, enterprise).canConfigure, 'risk.configure');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findSettings(trx, enterprise);
    await trx
      .updateTable('riskSettings')
      .set({ tablesChosen: false, updatedAt: new Date() })
      .where('enterpriseId', '=', enterprise.id)
      .execute();
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.settings-updated',
      entityType: 'riskSettings',
      entityId: enterpriseId,
      before,
      after: await findSettings(trx, enterprise),
    });
  });
}
