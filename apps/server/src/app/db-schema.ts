import type { Kysely, Transaction } from 'kysely';
import type { ModuleDescriptor } from '../platform/modules/index.ts';
import type { PlatformTables } from '../platform/db/platform-tables.ts';
import type { modules } from './modules.ts';

type TablesOf<M> = M extends ModuleDescriptor<infer T> ? T : never;
type Intersect<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The whole database as Kysely sees it: the platform's tables and each module's own. */
export type DB = PlatformTables & Intersect<TablesOf<(typeof modules)[number]>>;
export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;
