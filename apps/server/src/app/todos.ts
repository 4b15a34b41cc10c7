import { tablesOf } from '../kernel/index.ts';
import type { PlatformTables } from '../platform/db/platform-tables.ts';
import type { TodoContext } from '../platform/modules/index.ts';
import {
  countUnread,
  createTodoRegistry,
  type TodoRegistry,
  type TodoSource,
} from '../platform/notify/index.ts';
import { modules } from './modules.ts';

/** The inbox's own line: unread messages. */
const unreadMessages: TodoSource<TodoContext> = async ({ db, actor }) => ({
  key: 'inbox',
  title: '未读消息',
  count: await countUnread(tablesOf<PlatformTables>(db), actor.userId),
  link: '/inbox',
});

/** The home page's 待办 sources: the inbox's, then each module's in module order. */
export function createAppTodos(
  extra: readonly TodoSource<TodoContext>[] = [],
  list: readonly { todoSources?: readonly TodoSource<TodoContext>[] }[] = modules,
): TodoRegistry<TodoContext> {
  const registry = createTodoRegistry<TodoContext>();
  registry.register(unreadMessages);
  for (const module of list) for (const source of module.todoSources ?? []) registry.register(source);
  for (const source of extra) registry.register(source);
  return registry;
}
