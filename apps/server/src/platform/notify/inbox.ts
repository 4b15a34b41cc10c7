import type { PlatformTables } from '../db/platform-tables.ts';
import { tablesOf, type WithTables } from '../../kernel/index.ts';

export type InboxQuery = { unreadOnly: boolean; page: number; pageSize: number };

/** A page of one user's messages, newest first, with the page's total and the unread count. */
export async function listInbox(dbHandle: WithTables<PlatformTables>, userId: string, query: InboxQuery) {
  const db = tablesOf(dbHandle);
  let base = db.selectFrom('notifications').where('userId', '=', userId);
  if (query.unreadOnly) base = base.where('readAt', 'is', null);
  const [rows, total, unreadCount] = await Promise.all([
    base
      .select(['id', 'kind', 'title', 'body', 'params', 'link', 'createdAt', 'readAt'])
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    countUnread(db, userId),
  ]);
  return { rows, total: Number(total.n), unreadCount };
}

export async function countUnread(dbHandle: WithTables<PlatformTables>, userId: string): Promise<number> {
  const db = tablesOf(dbHandle);
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('userId', '=', userId)
    .where('readAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one of the user's own messages read; false when it is not theirs (or does not exist). */
export async function markRead(
  dbHandle: WithTables<PlatformTables>,
  userId: string,
  id: string,
): Promise<boolean> {
  const db = tablesOf(dbHandle);
  const own = await db
    .selectFrom('notifications')
    .select('readAt')
    .where('id', '=', id)
    .where('userId', '=', userId)
    .executeTakeFirst();
  if (!own) return false;
  // Reading twice keeps the first read time.
  if (own.readAt === null) {
    await db
      .updateTable('notifications')
      .set({ readAt: new Date() })
      .where('id', '=', id)
      .where('userId', '=', userId)
      .where('readAt', 'is', null)
      .execute();
  }
  return true;
}

export async function markAllRead(dbHandle: WithTables<PlatformTables>, userId: string): Promise<void> {
  const db = tablesOf(dbHandle);
  await db
    .updateTable('notifications')
    .set({ readAt: new Date() })
    .where('userId', '=', userId)
    .where('readAt', 'is', null)
    .execute();
}
