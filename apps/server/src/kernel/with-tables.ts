import type { Kysely } from 'kysely';

/**
 * A database handle that holds the tables T among others. Kysely's types are invariant in the table
 * map, so a module's `Kysely<ModuleDatabase>` is not a `Kysely<PlatformTables>` even though it has
 * every platform table; services take this type and look at the handle through `tablesOf`. The
 * assembly checks once that the app's database type includes every service's tables.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars -- the one place the table map is erased; T names what the caller must hold
export type WithTables<T> = Kysely<any>;

/** The handle typed by the service's own tables. */
export function tablesOf<T>(db: WithTables<T>): Kysely<T> {
  return db as Kysely<T>;
}
