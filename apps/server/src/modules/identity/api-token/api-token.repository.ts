import type { Db } from '../identity.database.ts';

const columns = [
  'id',
  'name',
  'prefix',
  'scopes',
  'createdAt',
  'expiresAt',
  'lastUsedAt',
  'revokedAt',
] as const;

/** A user's own tokens, newest first. Tokens are personal: nobody lists another user's. */
export async function listOwnApiTokens(db: Db, userId: string) {
  return db
    .selectFrom('apiTokens')
    .select(columns)
    .where('userId', '=', userId)
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .execute();
}

/** One of the user's own tokens; `undefined` for anyone else's (callers answer 404). */
export async function findOwnApiToken(db: Db, userId: string, id: string) {
  return db
    .selectFrom('apiTokens')
    .select(columns)
    .where('userId', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
}
export type ApiTokenRow = NonNullable<Awaited<ReturnType<typeof findOwnApiToken>>>;
