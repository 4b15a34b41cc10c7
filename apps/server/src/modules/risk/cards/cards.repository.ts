import { sql } from 'kysely';
import type { Db } from '../risk.database.ts';
import type { Level } from '../risk.tables.ts';

// Reads for the print artefacts. Org units, users and the enterprise profile belong to identity; the
// cards only read names and phone numbers from them, with the enterprise id already proven visible.

/** The enterprise's own contact numbers for the 公告栏 and cards. */
export async function enterpriseContacts(db: Db, enterpriseId: string) {
  return db
    .selectFrom('enterprises')
    .select(['name', 'principalName', 'principalPhone', 'contactName', 'contactPhone'])
    .where('id', '=', enterpriseId)
    .executeTakeFirstOrThrow();
}
export type EnterpriseContacts = Awaited<ReturnType<typeof enterpriseContacts>>;

/** The enterprise's org tree (small: tens to hundreds of rows), to walk a post's chain. */
export async function orgUnitsOf(db: Db, enterpriseId: string) {
  return db
    .selectFrom('orgUnits')
    .select(['id', 'parentId', 'name', 'kind'])
    .where('enterpriseId', '=', enterpriseId)
    .execute();
}
export type OrgUnitRow = Awaited<ReturnType<typeof orgUnitsOf>>[number];

// Most severe first; unassessed units last.
const levelOrder = sql`case u.current_level when 'major' then 0 when 'significant' then 1 when 'general' then 2 when 'low' then 3 else 4 end`;

const unitColumns = [
  'u.id',
  'u.code',
  'u.name',
  'u.currentLevel',
  'u.updatedAt',
  'u.lastAssessedAt',
  'o.name as objectName',
  'p.name as responsibleName',
  'p.phone as responsiblePhone',
] as const;

function liveUnits(db: Db, enterpriseId: string) {
  return db
    .selectFrom('riskUnits as u')
    .innerJoin('riskObjects as o', (j) =>
      j.onRef('o.enterpriseId', '=', 'u.enterpriseId').onRef('o.id', '=', 'u.objectId'),
    )
    .leftJoin('users as p', 'p.id', 'u.responsibleUserId')
    .where('u.enterpriseId', '=', enterpriseId)
    .where('u.archivedAt', 'is', null)
    .where('o.archivedAt', 'is', null);
}

/** Live units linked to a post (risk_unit_posts), most severe first. */
export async function unitsOfPost(db: Db, enterpriseId: string, postId: string) {
  return liveUnits(db, enterpriseId)
    .innerJoin('riskUnitPosts as up', (j) =>
      j.onRef('up.enterpriseId', '=', 'u.enterpriseId').onRef('up.unitId', '=', 'u.id'),
    )
    .where('up.postId', '=', postId)
    .select(unitColumns)
    .orderBy(levelOrder)
    .orderBy('u.code')
    .execute();
}
export type CardUnitRow = Awaited<ReturnType<typeof unitsOfPost>>[number];

/** Live units at the given levels, most severe first (the 公告栏 lists 重大 and 较大). */
export async function unitsAtLevels(db: Db, enterpriseId: string, levels: readonly Level[]) {
  return liveUnits(db, enterpriseId)
    .where('u.currentLevel', 'in', [...levels])
    .select(unitColumns)
    .orderBy(levelOrder)
    .orderBy('u.code')
    .execute();
}

/** Every live unit's current level and last change, for the overall level and the counts. */
export async function unitLevelsOf(db: Db, enterpriseId: string) {
  return liveUnits(db, enterpriseId).select(['u.currentLevel', 'u.updatedAt', 'u.lastAssessedAt']).execute();
}

/** Events of the units with their accident types in both GB 6441 editions. */
export async function eventsOfUnits(db: Db, enterpriseId: string, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('riskEvents as e')
    .select([
      'e.id',
      'e.unitId',
      'e.name',
      'e.consequences',
      'e.residualLevel',
      'e.inherentLevel',
      'e.updatedAt',
      'e.accidentTypes1986 as types1986',
      'e.accidentTypes2025 as types2025',
    ])
    .where('e.enterpriseId', '=', enterpriseId)
    .where('e.unitId', 'in', [...unitIds])
    .orderBy('e.unitId')
    .orderBy('e.sort')
    .orderBy('e.createdAt')
    .execute();
}
export type CardEventRow = Awaited<ReturnType<typeof eventsOfUnits>>[number];

/** 危害因素 of the events (GB/T 13861 codes with their notes). */
export async function factorsOfEvents(db: Db, enterpriseId: string, eventIds: readonly string[]) {
  if (eventIds.length === 0) return [];
  return db
    .selectFrom('riskEventFactors')
    .select(['eventId', 'code', 'note'])
    .where('enterpriseId', '=', enterpriseId)
    .where('eventId', 'in', [...eventIds])
    .orderBy('code')
    .execute();
}
export type CardFactorRow = Awaited<ReturnType<typeof factorsOfEvents>>[number];

/** Measures of the events, control measures by the hierarchy of controls, then as sorted. */
export async function measuresOfEvents(db: Db, enterpriseId: string, eventIds: readonly string[]) {
  if (eventIds.length === 0) return [];
  return db
    .selectFrom('riskControlMeasures as m')
    .select(['m.eventId', 'm.kind', 'm.hierarchy', 'm.content', 'm.updatedAt'])
    .where('m.enterpriseId', '=', enterpriseId)
    .where('m.eventId', 'in', [...eventIds])
    .orderBy(
      sql`case m.hierarchy when 'elimination' then 1 when 'substitution' then 2 when 'engineering' then 3
        when 'administrative' then 4 when 'ppe' then 5 else 6 end`,
    )
    .orderBy('m.sort')
    .execute();
}
export type CardMeasureRow = Awaited<ReturnType<typeof measuresOfEvents>>[number];

/** Every accident type named anywhere in the live register (2025 codes, else 1986 ones). */
export async function registerAccidentTypes(db: Db, enterpriseId: string) {
  return db
    .selectFrom('riskEvents as e')
    .innerJoin('riskUnits as u', (j) =>
      j.onRef('u.enterpriseId', '=', 'e.enterpriseId').onRef('u.id', '=', 'e.unitId'),
    )
    .select(['e.accidentTypes1986 as types1986', 'e.accidentTypes2025 as types2025'])
    .where('e.enterpriseId', '=', enterpriseId)
    .where('u.archivedAt', 'is', null)
    .execute();
}

/** Posts with live linked units: count and highest current level. */
export async function postsWithUnits(db: Db, enterpriseId: string) {
  return db
    .selectFrom('orgUnits as p')
    .innerJoin('riskUnitPosts as up', (j) =>
      j.onRef('up.enterpriseId', '=', 'p.enterpriseId').onRef('up.postId', '=', 'p.id'),
    )
    .innerJoin('riskUnits as u', (j) =>
      j.onRef('u.enterpriseId', '=', 'up.enterpriseId').onRef('u.id', '=', 'up.unitId'),
    )
    .where('p.enterpriseId', '=', enterpriseId)
    .where('p.kind', '=', 'post')
    .where('u.archivedAt', 'is', null)
    .groupBy(['p.id', 'p.name', 'p.sort'])
    .select(['p.id', 'p.name'])
    .select((eb) => eb.fn.count<number>('u.id').as('unitCount'))
    .select(sql<Level[]>`array_remove(array_agg(distinct u.current_level), null)`.as('levels'))
    .orderBy('p.sort')
    .orderBy('p.name')
    .execute();
}

/** GB 2894 signs picked for the units. */
export async function signsOfUnits(db: Db, enterpriseId: string, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('riskUnitSafetySigns')
    .select(['unitId', 'signCode'])
    .where('enterpriseId', '=', enterpriseId)
    .where('unitId', 'in', [...unitIds])
    .execute();
}
export type CardSignRow = Awaited<ReturnType<typeof signsOfUnits>>[number];
