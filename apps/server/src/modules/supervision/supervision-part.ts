import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { EventSubscriber } from '../../platform/events/index.ts';
import type { AnyJobDefinition } from '../../platform/jobs/index.ts';
import type { ModuleEnvironment, TodoContext } from '../../platform/modules/index.ts';
import type { TodoSource } from '../../platform/notify/index.ts';
import type { Db } from './supervision.database.ts';

/**
 * One part of supervision (regional, map, assignment, listing, enforcement, progress): what it adds to the
 * module's descriptor. index.ts combines the parts, so a part is added or changed in its folder.
 */
export type SupervisionPart = {
  routes: FastifyPluginAsyncZod<{ db: Db; env: ModuleEnvironment }>;
  jobs?: (env: ModuleEnvironment) => readonly AnyJobDefinition[];
  todoSources?: readonly TodoSource<TodoContext>[];
  subscribers?: readonly EventSubscriber[];
};
