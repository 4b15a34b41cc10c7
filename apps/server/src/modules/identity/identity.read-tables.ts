import type { ColumnType, Selectable } from 'kysely';
import type { IdentityTables } from './identity.tables.ts';

/** Columns another module may select but never insert or update. */
type ReadOnly<T> = { [K in keyof Selectable<T>]: ColumnType<Selectable<T>[K], never, never> };

/**
 * What identity publishes for other modules to read in their queries: who people are, where they
 * sit, which enterprise and jurisdiction they belong to. Credentials, sessions, tokens and the login
 * throttle are identity's alone; a module that needs to change identity data calls its commands.
 */
export type IdentityReadTables = {
  regulators: ReadOnly<IdentityTables['regulators']>;
  enterprises: ReadOnly<IdentityTables['enterprises']>;
  enterpriseIndustries: ReadOnly<IdentityTables['enterpriseIndustries']>;
  jurisdictions: ReadOnly<IdentityTables['jurisdictions']>;
  industries: ReadOnly<IdentityTables['industries']>;
  orgUnits: ReadOnly<IdentityTables['orgUnits']>;
  users: ReadOnly<
    Pick<
      IdentityTables['users'],
      'id' | 'username' | 'name' | 'phone' | 'status' | 'enterpriseId' | 'regulatorId' | 'orgUnitId'
    >
  >;
  userRoles: ReadOnly<IdentityTables['userRoles']>;
};
