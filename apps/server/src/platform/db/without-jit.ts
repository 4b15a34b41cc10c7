import { sql, type Kysely, type Transaction } from 'kysely';

/**
 * Runs a read with PostgreSQL's JIT compiler off. Aggregates over a whole county (the regulators'
 * dashboard, tiers and map: tens of thousands of enterprises grouped through CTEs) get cost
 * estimates far above jit_above_cost, and compiling their plan took a second of a 1.4 s request
 * whose execution needed 0.3 s. JIT pays off for long analytics, not for a page's query, so it is
 * turned off for the statement's transaction only (SET LOCAL: safe behind a transaction pooler).
 * Inside a caller's transaction the setting applies to the rest of that transaction.
 */
export async function withoutJit<DB, T>(
  db: Kysely<DB>,
  read: (db: Kysely<DB> | Transaction<DB>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) {
    await sql`set local jit = off`.execute(db);
    return read(db);
  }
  return db.transaction().execute(async (trx) => {
    await sql`set local jit = off`.execute(trx);
    return read(trx);
  });
}
