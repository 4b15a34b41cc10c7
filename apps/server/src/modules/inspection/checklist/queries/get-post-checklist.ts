import type { InspectionItem } from '@shuangkong/contracts';
import { forbidden, notFound } from '../../../../kernel/index.ts';
import type { Actor } from '../../../identity/index.ts';
import type { Db } from '../../inspection.database.ts';
import { mayManage, mayRead } from '../../inspection.policy.ts';
import { InspectionScope } from '../../inspection-scope.ts';
import { presentItem } from '../checklist.presenter.ts';

/**
 * A post's daily checklist (岗位每日排查清单): the active items assigned to it, by unit, with each
 * item's frequency — what the people on that post check each shift and day.
 */
export async function getPostChecklist(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  postId: string,
): Promise<{ data: { post: { id: string; name: string }; items: InspectionItem[] } }> {
  const scope = await InspectionScope.load(db, actor, enterpriseId);
  const post = await db
    .selectFrom('orgUnits')
    .select(['id', 'name'])
    .where('enterpriseId', '=', scope.id)
    .where('id', '=', postId)
    .where('kind', '=', 'post')
    .executeTakeFirst();
  if (!post) throw notFound('Post');
  if (!mayRead(actor)) throw forbidden('inspection.read');
  const rows = await db
    .selectFrom('inspectionItems')
    .selectAll()
    .where('enterpriseId', '=', scope.id)
    .where('postId', '=', postId)
    .where('retiredAt', 'is', null)
    .orderBy('unitName')
    .orderBy('measureContent')
    .execute();
  const manage = mayManage(actor, scope);
  return { data: { post, items: rows.map((r) => presentItem(r, { manage })) } };
}
