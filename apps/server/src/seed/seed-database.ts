import type { Kysely, Transaction } from 'kysely';
import type { HazardTables } from '../modules/hazard/index.ts';
import type { IdentityTables } from '../modules/identity/index.ts';
import type { InspectionTables } from '../modules/inspection/index.ts';
import type { RiskTables } from '../modules/risk/index.ts';
import type { SupervisionTables } from '../modules/supervision/index.ts';
import type { PlatformTables } from '../platform/db/platform-tables.ts';

/**
 * The database as the demo seed writes it: demo data goes straight into the modules' tables (their
 * public table types), which is how a data migration would load it too.
 */
export type DB = PlatformTables &
  IdentityTables &
  RiskTables &
  InspectionTables &
  HazardTables &
  SupervisionTables;
export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;
