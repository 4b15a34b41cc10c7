import type { UnitPostsInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { recordRisk } from '../../risk-record.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { assertOrgUnit } from '../responsible-refs.ts';
import { beginUnitEdit } from '../unit-edit.ts';

/** Sets the posts exposed to a unit's risks (their post risk cards list it). */
export async function replaceUnitPosts(
  ctx: CommandContext,
  enterpriseId: string,
  unitId: string,
  input: UnitPostsInput,
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const postIds = [...new Set(input.postIds)];
  await ctx.db.transaction().execute(async (trx) => {
    await beginUnitEdit(trx, ctx, enterprise, unitId);
    for (const [i, id] of input.postIds.entries())
      await assertOrgUnit(trx, enterprise, id, `body.postIds.${i}`, 'post');
    const before = await trx
      .selectFrom('riskUnitPosts')
      .select('postId')
      .where('enterpriseId', '=', enterprise.id)
      .where('unitId', '=', unitId)
      .execute();
    await trx
      .deleteFrom('riskUnitPosts')
      .where('enterpriseId', '=', enterprise.id)
      .where('unitId', '=', unitId)
      .execute();
    if (postIds.length > 0) {
      await trx
        .insertInto('riskUnitPosts')
        .values(postIds.map((postId) => ({ enterpriseId: enterprise.id, unitId, postId })))
        .execute();
    }
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.unit-updated',
      entityType: 'riskUnit',
      entityId: unitId,
      before: { postIds: before.map((p) => p.postId) },
      after: { postIds },
    });
  });
}
