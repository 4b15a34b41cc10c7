import type { Kysely, Transaction } from 'kysely';
import type { CommandContext as KernelCommandContext } from '../../kernel/index.ts';
import type { PlatformTables } from '../../platform/db/platform-tables.ts';
import type { IdentityReadTables } from '../identity/index.ts';
import type { RiskReadTables } from '../risk/index.ts';
import type { HazardTables } from './hazard.tables.ts';

/**
 * The database as hazard sees it: its own tables, the platform's, identity's published ones and
 * the register's units, events and measures (read only; the evidence hook is risk's function).
 */
export type DB = PlatformTables & IdentityReadTables & RiskReadTables & HazardTables;
export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;
export type CommandContext = KernelCommandContext<DB>;
export { auditContextOf, commandContext } from '../../kernel/index.ts';
