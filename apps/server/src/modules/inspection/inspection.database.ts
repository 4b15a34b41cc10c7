import type { Kysely, Transaction } from 'kysely';
import type { CommandContext as KernelCommandContext } from '../../kernel/index.ts';
import type { PlatformTables } from '../../platform/db/platform-tables.ts';
import type { IdentityReadTables } from '../identity/index.ts';
import type { RiskReadTables } from '../risk/index.ts';
import type { InspectionTables } from './inspection.tables.ts';

/**
 * The database as inspection sees it: its own tables, the platform's, identity's published ones
 * and the register's measures, events and units (read only: risk changes them, we follow events).
 */
export type DB = PlatformTables & IdentityReadTables & RiskReadTables & InspectionTables;
export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;
export type CommandContext = KernelCommandContext<DB>;
export { auditContextOf, commandContext } from '../../kernel/index.ts';
