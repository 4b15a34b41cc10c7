import type { Db, Trx } from '../identity.database.ts';

const columns = ['id', 'parentId', 'name', 'kind', 'sort'] as const;

/**
 * The units of one enterprise. Callers first load the enterprise through the scoped
 * findEnterpriseForActor, so an outsider never gets this far.
 */
export async function listOrgUnits(db: Db, enterpriseId: string) {
  return db
    .selectFrom('orgUnits')
    .select(columns)
    .where('enterpriseId', '=', enterpriseId)
    .orderBy('sort')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function findOrgUnit(db: Db | Trx, enterpriseId: string, id: string) {
  return db
    .selectFrom('orgUnits')
    .select(columns)
    .where('enterpriseId', '=', enterpriseId)
    .where('id', '=', id)
    .executeTakeFirst();
}
export type OrgUnitRow = NonNullable<Awaited<ReturnType<typeof findOrgUnit>>>;

/** Locks the enterprise's whole tree, so that concurrent moves cannot build a loop together. */
export async function lockOrgTree(trx: Trx, enterpriseId: string) {
  return trx
    .selectFrom('orgUnits')
    .select(['id', 'parentId'])
    .where('enterpriseId', '=', enterpriseId)
    .forUpdate()
    .execute();
}

/** The next sort position among the children of `parentId`, to append a new unit at the end. */
export async function nextSort(trx: Trx, enterpriseId: string, parentId: string | null): Promise<number> {
  const row = await trx
    .selectFrom('orgUnits')
    .select((eb) => eb.fn.max('sort').as('max'))
    .where('enterpriseId', '=', enterpriseId)
    .where('parentId', parentId === null ? 'is' : '=', parentId)
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

/** True when the unit has sub-units or users assigned to it. */
export async function isOrgUnitInUse(trx: Trx, enterpriseId: string, id: string): Promise<boolean> {
  const [child, user] = await Promise.all([
    trx
      .selectFrom('orgUnits')
      .select('id')
      .where('enterpriseId', '=', enterpriseId)
      .where('parentId', '=', id)
      .executeTakeFirst(),
    trx
      .selectFrom('users')
      .select('id')
      .where('enterpriseId', '=', enterpriseId)
      .where('orgUnitId', '=', id)
      .executeTakeFirst(),
  ]);
  return child !== undefined || user !== undefined;
}
