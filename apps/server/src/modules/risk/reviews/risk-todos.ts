import { sql } from 'kysely';
import type { TodoItem } from '../../../platform/notify/index.ts';
import type { TodoContext } from '../../../platform/modules/index.ts';
import { tablesOf } from '../../../kernel/index.ts';
import type { DB, Db } from '../risk.database.ts';
import { can } from '../../identity/index.ts';
import { VisibleEnterprise } from '../risk-scope.ts';
import { reviewStatusOf } from './queries/get-review-status.ts';

// Units waiting at a step whose latest signature of the given action is not the viewer's: the
// four-eyes rule means one's own submission or review is not one's to-do.
function awaiting(
  db: Db,
  enterpriseId: string,
  status: 'submitted' | 'reviewed',
  action: 'submit' | 'review',
  userId: string,
) {
  return db
    .selectFrom('riskUnits as u')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('u.enterpriseId', '=', enterpriseId)
    .where('u.status', '=', status)
    .where('u.archivedAt', 'is', null)
    .where(
      sql<string>`(select s.actor_id from risk_unit_signatures s where s.enterprise_id = u.enterprise_id and s.unit_id = u.id
        and s.action = ${action} order by s.signed_at desc limit 1)`,
      'is distinct from',
      userId,
    )
    .executeTakeFirstOrThrow();
}

/**
 * The risk register's lines of an enterprise user's 待办: units flagged for re-assessment, the
 * full re-assessment when due soon or overdue, and units waiting for the viewer's review or approval.
 */
export async function riskTodos(context: TodoContext): Promise<TodoItem[]> {
  const { actor } = context;
  const db = tablesOf<DB>(context.db);
  if (actor.scope.kind !== 'enterprise' || !actor.enterpriseId) return [];
  const enterprise = await VisibleEnterprise.load(db, actor, actor.enterpriseId);
  const items: TodoItem[] = [];
  if (can(actor, 'risk.edit') || can(actor, 'risk.configure')) {
    const status = await reviewStatusOf(db, enterprise);
    if (can(actor, 'risk.edit') && status.unitsNeedingReassessment.length > 0) {
      items.push({
        key: 'riskUnitsNeedingReassessment',
        title: '待重新评估的风险单元',
        count: status.unitsNeedingReassessment.length,
        link: '/risk/review',
      });
    }
    if (can(actor, 'risk.configure') && status.status !== 'ok') {
      const title =
        status.status === 'overdue'
          ? `全面风险辨识评估已逾期（应于 ${status.dueDate} 前完成）`
          : `全面风险辨识评估将于 ${status.dueDate} 到期`;
      items.push({
        key: 'riskFullReviewDue',
        title,
        count: 1,
        link: '/risk/review',
        params: { status: status.status, dueDate: status.dueDate ?? '' },
      });
    }
  }
  if (can(actor, 'risk.review')) {
    const row = await awaiting(db, enterprise.id, 'submitted', 'submit', actor.userId);
    if (row.n > 0)
      items.push({
        key: 'riskUnitsAwaitingReview',
        title: '待审核的风险单元',
        count: Number(row.n),
        link: '/risk/register',
      });
  }
  if (can(actor, 'risk.approve')) {
    const row = await awaiting(db, enterprise.id, 'reviewed', 'review', actor.userId);
    if (row.n > 0)
      items.push({
        key: 'riskUnitsAwaitingApproval',
        title: '待审定的风险单元',
        count: Number(row.n),
        link: '/risk/register',
      });
  }
  return items;
}
