import { tablesOf, type WithTables } from '../../../kernel/index.ts';
import type { IdentityTables } from '../identity.tables.ts';
import { verifyPassword } from './password.ts';

/**
 * Re-checks an active user's own password, for steps that are signed (a signature must be given
 * by the person, not by whoever holds an open session). Runs inside the caller's transaction.
 */
export async function confirmOwnPassword(
  db: WithTables<Pick<IdentityTables, 'users'>>,
  userId: string,
  password: string,
): Promise<boolean> {
  const user = await tablesOf<Pick<IdentityTables, 'users'>>(db)
    .selectFrom('users')
    .select(['passwordHash', 'status'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.status !== 'active') return false;
  return verifyPassword(user.passwordHash, password);
}
