import type { Db } from '../app/db-schema.ts';

/** Seeds the demo county on an empty database; returns whether it did. */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  const any = await db.selectFrom('jurisdictions').select('code').limit(1).executeTakeFirst();
  return any === undefined ? false : false;
}

export async function printDemoAccounts(_db: Db): Promise<void> {}
