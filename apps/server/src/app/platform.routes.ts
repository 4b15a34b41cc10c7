import { join } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import { createLocalFileStorage, type FileStorage } from '../platform/files/index.ts';
import type { TodoContext } from '../platform/modules/index.ts';
import type { TodoRegistry } from '../platform/notify/index.ts';
import type { Config } from './config.ts';
import type { Db } from './db-schema.ts';
import { calendarRoutes } from './platform-routes/calendar.routes.ts';
import { eventDeliveryRoutes } from './platform-routes/event-deliveries.routes.ts';
import { fileRoutes } from './platform-routes/files.routes.ts';
import { inboxRoutes } from './platform-routes/inbox.routes.ts';
import { todoRoutes } from './platform-routes/todos.routes.ts';

type Options = { db: Db; config: Config; todos: TodoRegistry<TodoContext>; storage?: FileStorage };

/**
 * The HTTP face of the platform services (files, inbox and to-dos, working-day calendar), mounted
 * by the assembly: it needs the enterprise scope identity publishes, which platform/ may not know.
 */
export const platformRoutes: FastifyPluginAsync<Options> = async (app, { db, config, todos, storage }) => {
  await app.register(fileRoutes, {
    db,
    storage: storage ?? createLocalFileStorage(join(config.dataDir, 'files')),
    maxBytes: config.uploadMaxBytes,
  });
  await app.register(inboxRoutes, { db });
  await app.register(todoRoutes, { db, todos });
  await app.register(calendarRoutes, { db });
  await app.register(eventDeliveryRoutes, { db });
};
