import { join } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import { createLocalFileStorage, type FileStorage } from '../platform/files/index.ts';
import type { Config } from './config.ts';
import type { Db } from './db-schema.ts';
import { calendarRoutes } from './platform-routes/calendar.routes.ts';
import { fileRoutes } from './platform-routes/files.routes.ts';
import { inboxRoutes } from './platform-routes/inbox.routes.ts';
import { todoRoutes } from './platform-routes/todos.routes.ts';

type Options = { db: Db; config: Config; storage?: FileStorage };

/**
 * The HTTP face of the platform services (files, inbox and to-dos, working-day calendar). It
 * lives in app/ because it needs the actor and enterprise scope from identity; platform/ does not.
 */
export const platformRoutes: FastifyPluginAsync<Options> = async (app, { db, config, storage }) => {
  await app.register(fileRoutes, {
    db,
    storage: storage ?? createLocalFileStorage(join(config.dataDir, 'files')),
    maxBytes: config.uploadMaxBytes,
  });
  await app.register(inboxRoutes, { db });
  await app.register(todoRoutes, { db });
  await app.register(calendarRoutes, { db });
};
