import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { Actor, WithTables } from '../../kernel/index.ts';
import type { PlatformTables } from '../db/platform-tables.ts';
import type { EventSubscriber } from '../events/index.ts';
import type { AnyJobDefinition } from '../jobs/index.ts';
import type { FileStorage } from '../files/index.ts';
import type { TodoSource } from '../notify/index.ts';

/** What the assembly hands every module: the database and the few settings modules read. */
export type ModuleEnvironment = {
  /** The app's database; a module views it through `tablesOf<ItsDatabase>(env.db)`. */
  db: WithTables<PlatformTables>;
  /** Where uploaded files' bytes live (photos, attachments); their rows are in `files`. */
  files: FileStorage;
  /** The address users reach the server at (links in messages, QR codes on printed cards). */
  publicUrl: string;
  sessionTtlHours: number;
  secureCookies: boolean;
};

/** The viewer a to-do source counts for. */
export type TodoContext = { db: WithTables<PlatformTables>; actor: Actor };

/**
 * Everything the assembly needs from a module, exported as the one descriptor of its index.ts.
 * Adding a module to the server is adding its descriptor to app/modules.ts.
 */
export type ModuleDescriptor<Tables = unknown> = {
  /** The folder name under modules/, also the prefix of its audit actions, events and jobs. */
  name: string;
  /** Type only, never set: the tables this module's migrations own. */
  readonly tables?: Tables;
  /**
   * Called (not registered, so its hooks reach every module) on the /api/v1 scope before any
   * module's routes: identity uses it to resolve who is calling.
   */
  requestHooks?: (api: FastifyInstance, env: ModuleEnvironment) => Promise<void>;
  /** The module's HTTP face under /api/v1. */
  routes?: FastifyPluginAsync<ModuleEnvironment>;
  /** Scheduled and queued work the job runner must know. */
  jobs?: (env: ModuleEnvironment) => readonly AnyJobDefinition[];
  /** Lines of the home page's 待办 panel. */
  todoSources?: readonly TodoSource<TodoContext>[];
  /** Reactions to domain events, delivered through the outbox. */
  subscribers?: readonly EventSubscriber[];
};

/** Declares a module; `Tables` is inferred from nothing, so name it: `defineModule<RiskTables>({…})`. */
export function defineModule<Tables>(descriptor: ModuleDescriptor<Tables>): ModuleDescriptor<Tables> {
  if (!/^[a-z][a-z0-9]*$/.test(descriptor.name)) {
    throw new Error(`Module name "${descriptor.name}" must be one lowercase word`);
  }
  return descriptor;
}
