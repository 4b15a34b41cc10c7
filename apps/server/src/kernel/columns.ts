import type { ColumnType } from 'kysely';

/** A timestamptz column: read as a Date, written as a Date or ISO string, defaulted by the database. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** A jsonb column: read as T, written as the JSON text the driver sends. */
export type Json<T = unknown> = ColumnType<T, string, string>;

/** A jsonb column the database defaults when an insert leaves it out. */
export type JsonDefaulted<T = unknown> = ColumnType<T, string | undefined, string>;
