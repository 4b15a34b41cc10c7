import { sql } from 'kysely';
import { can, enterpriseVisibleTo, type Actor } from '../modules/identity/index.ts';
import { countUnread, createTodoRegistry, type TodoSource } from '../platform/notify/index.ts';
import type { Db } from './db-schema.ts';

export type TodoContext = { db: Db; actor: Actor };

const registry = createTodoRegistry<TodoContext>();

/**
 * Adds a line source to the home page's 待办 panel. Modules call it once when they load (e.g.
 * risk: reviews due; hazard: rectifications overdue); the same function twice counts once.
 */
export const registerTodoSource = (source: TodoSource<TodoContext>): void => registry.register(source);

/** Every registered source's lines for this viewer. */
export const collectTodos = (context: TodoContext) => registry.collect(context);

registerTodoSource(async ({ db, actor }) => ({
  key: 'inbox',
  title: '未读消息',
  count: await countUnread(db, actor.userId),
  link: '/inbox',
}));

// Registrations wait for a reviewer who can see them; the same scope rule as the registry list.
registerTodoSource(async ({ db, actor }) => {
  const reviews = actor.scope.kind === 'regulator' || actor.scope.kind === 'platform';
  if (!reviews || !can(actor, 'enterprise.review')) return null;
  const row = await db
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
});
