import type { Kysely } from 'kysely';
import type { CommandContext as KernelCommandContext } from '../../../src/kernel/index.ts';
import type { IdentityReadTables } from '../../../src/modules/identity/index.ts';
import type { PlatformTables } from '../../../src/platform/db/platform-tables.ts';
import type { ExampleTables } from './example.tables.ts';

/** The database as the example module sees it: its tables, the platform's, identity's published ones. */
export type DB = PlatformTables & IdentityReadTables & ExampleTables;
export type Db = Kysely<DB>;
export type CommandContext = KernelCommandContext<DB>;
