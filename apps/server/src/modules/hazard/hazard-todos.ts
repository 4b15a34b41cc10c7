import { sql } from 'kysely';
import { can, tablesOf } from '../../kernel/index.ts';
import type { TodoContext } from '../../platform/modules/index.ts';
import type { TodoItem } from '../../platform/notify/index.ts';
import type { DB } from './hazard.database.ts';

/**
 * The hazard lines of an enterprise user's 待办: reports to confirm and extensions to decide (the
 * safety manager), treatment plans to sign (the principal), rectifications to accept (never one's
 * own), and one's own hazards to rectify.
 */
export async function hazardTodos(context: TodoContext): Promise<TodoItem[]> {
  const { actor } = context;
  if (actor.scope.kind !== 'enterprise' || !actor.enterpriseId) return [];
  const db = tablesOf<DB>(context.db);
  const enterpriseId = actor.enterpriseId;
  const counts = await db
    .selectFrom('hazards as h')
    .select([
      sql<number>`count(*) filter (where h.state = 'reported')::int`.as('toConfirm'),
      sql<number>`count(*) filter (where h.state = 'accepting' and h.rectified_by is distinct from ${actor.userId})::int`.as(
        'toAccept',
      ),
      sql<number>`count(*) filter (where h.state = 'rectifying' and h.owner_user_id = ${actor.userId})::int`.as(
        'toRectify',
      ),
      sql<number>`count(*) filter (where h.state = 'confirmed' and h.grade = 'major' and exists (
        select 1 from hazard_rectification_plans p where p.enterprise_id = h.enterprise_id
          and p.hazard_id = h.id and p.approved_at is null))::int`.as('plansToSign'),
      sql<number>`count(*) filter (where h.state = 'rectifying' and exists (
        select 1 from hazard_extensions e where e.enterprise_id = h.enterprise_id
          and e.hazard_id = h.id and e.state = 'requested'))::int`.as('extensionsToDecide'),
    ])
    .where('h.enterpriseId', '=', enterpriseId)
    .where('h.state', 'in', ['reported', 'confirmed', 'rectifying', 'accepting'])
    .executeTakeFirstOrThrow();
  const items: TodoItem[] = [];
  const line = (key: string, title: string, count: number, link: string) => {
    if (count > 0) items.push({ key, title, count, link });
  };
  if (can(actor, 'hazard.manage')) {
    line('hazardsToConfirm', '待确认的隐患', counts.toConfirm, '/hazards?state=reported');
    line(
      'hazardExtensionsToDecide',
      '待审批的延期申请',
      counts.extensionsToDecide,
      '/hazards?state=rectifying',
    );
  }
  if (can(actor, 'hazard.approvePlan'))
    line(
      'hazardPlansToSign',
      '待签批的重大隐患治理方案',
      counts.plansToSign,
      '/hazards?grade=major&state=confirmed',
    );
  if (can(actor, 'hazard.accept'))
    line('hazardsToAccept', '待验收的隐患', counts.toAccept, '/hazards?awaitingMyAcceptance=true');
  line('hazardsToRectify', '我的整改任务', counts.toRectify, '/hazards?mine=true&state=rectifying');
  return items;
}
