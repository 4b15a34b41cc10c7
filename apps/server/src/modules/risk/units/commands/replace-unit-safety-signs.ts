import { sortSafetySignCodes, type UnitSafetySignsInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { recordRisk } from '../../risk-record.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { beginUnitEdit } from '../unit-edit.ts';

/**
 * Sets the GB 2894 safety signs posted at a unit. They are part of what the post card tells the
 * worker, so they pass the same edit gate as the unit's posts: an approved unit reopens.
 */
export async function replaceUnitSafetySigns(
  ctx: CommandContext,
  enterpriseId: string,
  unitId: string,
  input: UnitSafetySignsInput,
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const codes = sortSafetySignCodes(input.signCodes);
  await ctx.db.transaction().execute(async (trx) => {
    await beginUnitEdit(trx, ctx, enterprise, unitId);
    const before = await trx
      .selectFrom('riskUnitSafetySigns')
      .select('signCode')
      .where('enterpriseId', '=', enterprise.id)
      .where('unitId', '=', unitId)
      .execute();
    await trx
      .deleteFrom('riskUnitSafetySigns')
      .where('enterpriseId', '=', enterprise.id)
      .where('unitId', '=', unitId)
      .execute();
    if (codes.length > 0) {
      await trx
        .insertInto('riskUnitSafetySigns')
        .values(codes.map((signCode) => ({ enterpriseId: enterprise.id, unitId, signCode })))
        .execute();
    }
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.unit-updated',
      entityType: 'riskUnit',
      entityId: unitId,
      before: { safetySigns: sortSafetySignCodes(before.map((s) => s.signCode)) },
      after: { safetySigns: codes },
    });
  });
}
