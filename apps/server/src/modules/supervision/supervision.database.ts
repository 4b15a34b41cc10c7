import type { Kysely, Transaction } from 'kysely';
import type { CommandContext as KernelCommandContext } from '../../kernel/index.ts';
import type { PlatformTables } from '../../platform/db/platform-tables.ts';
import type { HazardReadTables } from '../hazard/index.ts';
import type { IdentityReadTables } from '../identity/index.ts';
import type { InspectionReadTables } from '../inspection/index.ts';
import type { RiskReadTables } from '../risk/index.ts';
import type { SupervisionTables } from './supervision.tables.ts';

/**
 * The database as supervision sees it: its own tables, the platform's, and what the enterprises'
 * modules publish read-only (regulators see through the enterprises' own data, never a copy).
 */
export type DB = PlatformTables &
  IdentityReadTables &
  RiskReadTables &
  InspectionReadTables &
  HazardReadTables &
  SupervisionTables;
export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;
export type CommandContext = KernelCommandContext<DB>;
export { auditContextOf, commandContext } from '../../kernel/index.ts';
