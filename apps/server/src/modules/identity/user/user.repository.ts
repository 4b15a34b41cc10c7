import type { UserListQuery } from '@shuangkong/contracts';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB, Db, Trx } from '../identity.database.ts';
import type { Actor } from '../../../kernel/index.ts';

type EB = ExpressionBuilder<DB & { u: DB['users'] }, 'u'>;

/**
 * The users an actor may see, as a WHERE condition on alias `u`: its own enterprise's or its own
 * regulator's people, or everyone for the platform. Anyone else's users are a 404.
 */
export function userVisibleTo(actor: Actor) {
  return (eb: EB): Expression<SqlBool> => {
    const scope = actor.scope;
    switch (scope.kind) {
      case 'platform':
        return sql<boolean>`true`;
      case 'enterprise':
        return eb('u.enterpriseId', '=', scope.enterpriseId);
      case 'regulator':
        return eb('u.regulatorId', '=', scope.regulatorId);
      case 'none':
        return sql<boolean>`false`;
    }
  };
}

function rolesOf(eb: EB) {
  return eb
    .selectFrom('userRoles as ur')
    .select(sql<string[]>`coalesce(array_agg(ur.role order by ur.role), '{}')`.as('roles'))
    .whereRef('ur.userId', '=', 'u.id');
}

function baseQuery(db: Db | Trx) {
  return db
    .selectFrom('users as u')
    .leftJoin('orgUnits as ou', (join) =>
      join.onRef('ou.enterpriseId', '=', 'u.enterpriseId').onRef('ou.id', '=', 'u.orgUnitId'),
    );
}

const columns = [
  'u.id',
  'u.username',
  'u.name',
  'u.phone',
  'u.status',
  'u.enterpriseId',
  'u.regulatorId',
  'u.orgUnitId',
  'ou.name as orgUnitName',
  'u.lastLoginAt',
] as const;

/** One user if the actor may see them; `undefined` otherwise (callers answer 404). */
export async function findUserForActor(db: Db | Trx, actor: Actor, id: string) {
  return baseQuery(db)
    .select(columns)
    .select((eb) => rolesOf(eb).as('roles'))
    .where('u.id', '=', id)
    .where(userVisibleTo(actor))
    .executeTakeFirst();
}
export type UserRow = NonNullable<Awaited<ReturnType<typeof findUserForActor>>>;

/** A page of the users the actor may see, filtered and counted. */
export async function listUsersForActor(db: Db, actor: Actor, query: UserListQuery) {
  let base = baseQuery(db).where(userVisibleTo(actor));
  if (query.enterpriseId) base = base.where('u.enterpriseId', '=', query.enterpriseId);
  if (query.regulatorId) base = base.where('u.regulatorId', '=', query.regulatorId);
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where((eb) =>
      eb.or([
        eb('u.name', 'like', like),
        eb('u.username', 'like', like.toLowerCase()),
        eb('u.phone', 'like', like),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base
      .select(columns)
      .select((eb) => rolesOf(eb).as('roles'))
      .orderBy('u.name')
      .orderBy('u.username')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

/** Unscoped: who already holds this username or phone, for uniqueness checks only. */
export async function unsafeFindUserHolding(
  db: Db,
  holding: { username?: string; phone?: string },
  exceptUserId?: string,
) {
  const { username, phone } = holding;
  if (username === undefined && phone === undefined) return undefined;
  let query = db
    .selectFrom('users')
    .select(['id', 'username', 'phone'])
    .where((eb) =>
      eb.or([
        ...(username !== undefined ? [eb('username', '=', username)] : []),
        ...(phone !== undefined ? [eb('phone', '=', phone)] : []),
      ]),
    );
  if (exceptUserId) query = query.where('id', '!=', exceptUserId);
  return query.executeTakeFirst();
}

/** True when the org unit exists inside the enterprise. */
export async function orgUnitExists(db: Db, enterpriseId: string, orgUnitId: string): Promise<boolean> {
  const row = await db
    .selectFrom('orgUnits')
    .select('id')
    .where('enterpriseId', '=', enterpriseId)
    .where('id', '=', orgUnitId)
    .executeTakeFirst();
  return row !== undefined;
}
