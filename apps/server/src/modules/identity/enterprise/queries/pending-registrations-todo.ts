import { sql } from 'kysely';
import { can, tablesOf } from '../../../../kernel/index.ts';
import type { TodoContext } from '../../../../platform/modules/index.ts';
import type { TodoItem } from '../../../../platform/notify/index.ts';
import type { DB } from '../../identity.database.ts';
import { enterpriseVisibleTo } from '../enterprise.repository.ts';

/** Registrations wait for a reviewer who can see them; the same scope rule as the registry list. */
export async function pendingRegistrationsTodo({ db, actor }: TodoContext): Promise<TodoItem | null> {
  const reviews = actor.scope.kind === 'regulator' || actor.scope.kind === 'platform';
  if (!reviews || !can(actor, 'enterprise.review')) return null;
  const row = await tablesOf<DB>(db)
    .selectFrom('enterprises as e')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('e.status', '=', 'pending')
    .where(enterpriseVisibleTo(actor))
    .executeTakeFirstOrThrow();
  return {
    key: 'pendingRegistrations',
    title: '待审核企业注册',
    count: Number(row.n),
    link: '/enterprises?status=pending',
  };
}
