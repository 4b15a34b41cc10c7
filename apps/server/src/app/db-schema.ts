import type { Kysely, Transaction } from 'kysely';
import type { IdentityTables } from '../modules/identity/index.ts';
import type { RiskTables } from '../modules/risk/index.ts';
import type { PlatformTables } from '../platform/db/platform-tables.ts';

/** The whole database as Kysely sees it: each module contributes its own tables. */
export type DB = PlatformTables & IdentityTables & RiskTables;
export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;
