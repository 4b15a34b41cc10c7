import type { AssignItemPostBody } from '@shuangkong/contracts';
import { forbidden, notFound } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../inspection.database.ts';
import { inspectionErrors } from '../../inspection.errors.ts';
import { mayManage } from '../../inspection.policy.ts';
import { recordInspection } from '../../inspection-record.ts';
import { InspectionScope } from '../../inspection-scope.ts';
import { presentItem } from '../checklist.presenter.ts';
import { findItem } from '../checklist.repository.ts';

/**
 * Puts an item on a post's daily checklist (or takes it off with null). The post must be an org
 * unit of kind post of the same enterprise: anything else is a 400 on body.postId.
 */
export async function assignItemPost(
  ctx: CommandContext,
  enterpriseId: string,
  itemId: string,
  body: AssignItemPostBody,
) {
  const scope = await InspectionScope.load(ctx.db, ctx.actor, enterpriseId);
  const item = await findItem(ctx.db, scope, itemId);
  if (!item || item.retiredAt !== null) throw notFound('Inspection item');
  if (!mayManage(ctx.actor, scope)) throw forbidden('inspection.manage');
  if (body.postId !== null) {
    const post = await ctx.db
      .selectFrom('orgUnits')
      .select('id')
      .where('enterpriseId', '=', scope.id)
      .where('id', '=', body.postId)
      .where('kind', '=', 'post')
      .executeTakeFirst();
    if (!post) throw inspectionErrors.postUnknown();
  }
  if (item.postId === body.postId) return presentItem(item, { manage: true });
  return ctx.db.transaction().execute(async (trx) => {
    const after = await trx
      .updateTable('inspectionItems')
      .set({ postId: body.postId, version: item.version + 1, updatedAt: new Date() })
      .where('enterpriseId', '=', scope.id)
      .where('id', '=', item.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordInspection(trx, ctx.audit, {
      action: 'inspection.item-updated',
      entityType: 'inspectionItem',
      entityId: item.id,
      enterpriseId: scope.id,
      before: { postId: item.postId },
      after: { postId: body.postId },
      facts: { itemId: item.id, unitId: item.unitId },
    });
    return presentItem(after, { manage: true });
  });
}
