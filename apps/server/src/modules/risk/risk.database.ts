import type { Kysely, Transaction } from 'kysely';
import type { CommandContext as KernelCommandContext } from '../../kernel/index.ts';
import type { PlatformTables } from '../../platform/db/platform-tables.ts';
import type { IdentityReadTables } from '../identity/index.ts';
import type { RiskTables } from './risk.tables.ts';

/**
 * The database as risk sees it: its own tables, the platform services' it calls, and what identity
 * publishes for other modules to read.
 */
export type DB = PlatformTables & IdentityReadTables & RiskTables;
export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;
export type CommandContext = KernelCommandContext<DB>;
export { auditContextOf, commandContext } from '../../kernel/index.ts';
