import type { RiskLevel } from '@shuangkong/contracts';
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
  return sql<string | null>`(select t.${sql.ref(column)} from jurisdictions t
    where t.code = any(string_to_array(e.jurisdiction_path, '.')) and t.level = 'township' limit 1)`;
}

/** The enterprise's industry codes, sorted. */
export function industriesOf(eb: EB) {
  return eb
    .selectFrom('enterpriseIndustries as ei')
    .select(sql<string[]>`coalesce(array_agg(ei.industry_code order by ei.industry_code), '{}')`.as('codes'))
    .whereRef('ei.enterpriseId', '=', 'e.id');
}

const liveUnit = (level: RiskLevel) =>
  sql`exists (select 1 from risk_units u where u.enterprise_id = e.id and u.archived_at is null
    and u.current_level = ${level})`;

/**
 * 企业整体安全风险等级 in SQL, the same rule as risk's enterpriseLevel(): the highest current level
 * of its live units, never below 较大 with a major source, nor below 重大 with a source of grade 一级
 * or 二级. A few index probes per enterprise (risk_units_active_level_idx), so a county's thousands
 * of enterprises are graded in one statement. Null: nothing assessed yet.
 */
export const registerLevelOf: RawBuilder<RiskLevel | null> = sql<RiskLevel | null>`(case
  when ${liveUnit('major')} or exists (select 1 from risk_objects o where o.enterprise_id = e.id
    and o.archived_at is null and o.is_major_source and o.major_source_grade in (1, 2)) then 'major'
  when ${liveUnit('significant')} or exists (select 1 from risk_objects o where o.enterprise_id = e.id
    and o.archived_at is null and o.is_major_source) then 'significant'
  when ${liveUnit('general')} then 'general'
  when ${liveUnit('low')} then 'low'
  end)`;

/** Escapes a user's text for ILIKE. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Enterprises of an industry or any of its sub-industries. */
export function inIndustry(code: string) {
  return sql<boolean>`e.id in (select ei.enterprise_id from enterprise_industries ei
    where ei.industry_code = ${code} or ei.industry_code like ${`${code}.%`})`;
}

/** Enterprises inside a township (its own place or any below it). */
export function inTownship(code: string) {
  return sql<boolean>`${code} = any(string_to_array(e.jurisdiction_path, '.'))`;
}
