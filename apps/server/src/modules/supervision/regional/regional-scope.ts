import { sql, type ExpressionBuilder, type RawBuilder } from 'kysely';
import { enterpriseVisibleTo, type Actor } from '../../identity/index.ts';
import type { DB, Db } from '../supervision.database.ts';

type EB = ExpressionBuilder<DB & { e: DB['enterprises'] }, 'e'>;

/**
 * The approved enterprises of the regulator's remit (jurisdiction subtree × industries), as `e`:
 * every query of the part starts here, so nothing outside the remit is ever counted or listed.
 */
export function remitEnterprises(db: Db, actor: Actor) {
  return db
    .selectFrom('enterprises as e')
    .where(enterpriseVisibleTo(actor))
    .where('e.status', '=', 'approved');
}

/** The township (乡镇/街道) of an enterprise: the township among the places on its path. */
export function townshipOf(column: 'code' | 'name'): RawBuilder<string | null> {
  return townshipOfPath(sql`e.jurisdiction_path`, column);
}

/**
 * A CTE `places` for a CTE `ent` with a `jurisdiction_path` column: the township code and name of
 * each distinct path, looked up once per place (a county's enterprises sit in a few dozen places)
 * rather than once per enterprise. Join it on `places.jurisdiction_path = ent.jurisdiction_path`.
 */
export const placesCte = sql`places as materialized (
    select p.jurisdiction_path, ${townshipOfPath(sql`p.jurisdiction_path`, 'code')} as township_code,
      ${townshipOfPath(sql`p.jurisdiction_path`, 'name')} as township_name
    from (select distinct jurisdiction_path from ent) p)`;

/** The township (乡镇/街道) among the places of a jurisdiction path. */
export function townshipOfPath(path: RawBuilder<unknown>, column: 'code' | 'name' = 'code') {
  return sql<string | null>`(select t.${sql.ref(column)} from jurisdictions t
    where t.code = any(string_to_array(${path}, '.')) and t.level = 'township' limit 1)`;
}

/** The enterprise's industry codes, sorted. */
export function industriesOf(eb: EB) {
  return eb
    .selectFrom('enterpriseIndustries as ei')
    .select(sql<string[]>`coalesce(array_agg(ei.industry_code order by ei.industry_code), '{}')`.as('codes'))
    .whereRef('ei.enterpriseId', '=', 'e.id');
}

/** Escapes a user's text for ILIKE. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Enterprises of an industry or any of its sub-industries. */
export function inIndustry(code: string) {
  return sql<boolean>`e.id in (select ei.enterprise_id from enterprise_industries ei
    where ei.industry_code = ${code} or ei.industry_code like ${`${code}.%`})`;
}

/** Enterprises inside a place — a township, a grid, the county — its own or any below it. */
export function inPlace(code: string) {
  return sql<boolean>`${code} = any(string_to_array(e.jurisdiction_path, '.'))`;
}

/** Enterprises inside a township (its own place or any below it). */
export const inTownship = inPlace;
