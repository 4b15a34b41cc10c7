import type { Kysely, Transaction } from 'kysely';
import type { CommandContext as KernelCommandContext } from '../../kernel/index.ts';
import type { PlatformTables } from '../../platform/db/platform-tables.ts';
import type { IdentityTables } from './identity.tables.ts';

/** The database as identity sees it: its own tables and the platform services' it calls. */
export type DB = PlatformTables & IdentityTables;
export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;
export type CommandContext = KernelCommandContext<DB>;
export { auditContextOf, commandContext } from '../../kernel/index.ts';
