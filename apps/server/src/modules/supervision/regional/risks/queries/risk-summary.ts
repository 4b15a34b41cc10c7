import { accidentTypes1986, type RegionalRiskFilters, type RegionalRiskSummary } from '@shuangkong/contracts';
import { sql } from 'kysely';
import type { Actor } from '../../../../identity/index.ts';
import type { Db } from '../../../supervision.database.ts';
import { townshipOf } from '../../regional-scope.ts';
import { accidentTypesOfUnit, gradedUnits } from '../regional-risks.repository.ts';

const accidentNames = new Map(accidentTypes1986.map((a) => [a.code as string, a.nameZh]));
type Counted = { key: string; name: string | null; n: number };

/** The distributions of the filtered database: by level, industry, township and accident type. */
export async function riskSummary(
  db: Db,
  actor: Actor,
  f: RegionalRiskFilters,
): Promise<RegionalRiskSummary> {
  const base = () => gradedUnits(db, actor, f);
  const units = base().select(['e.id as enterpriseId', 'u.currentLevel as level']);
  const [levels, industries, townships, accidents] = await Promise.all([
    sql<{ level: string; n: number; enterprises: number }>`
      select coalesce(level, 'all') as level, count(*)::int as n, count(distinct enterprise_id)::int as enterprises
      from (${units}) s group by grouping sets ((level), ())`.execute(db),
    sql<Counted>`
      select ei.industry_code as key, i.name_zh as name, count(*)::int as n
      from (${units}) s join enterprise_industries ei on ei.enterprise_id = s.enterprise_id
      left join industries i on i.code = ei.industry_code
      group by ei.industry_code, i.name_zh order by n desc, key`.execute(db),
    sql<Counted>`
      select coalesce(key, '') as key, name, count(*)::int as n
      from (${base().select([townshipOf('code').as('key'), townshipOf('name').as('name')])}) s
      group by key, name order by n desc, key`.execute(db),
    sql<Counted>`
      select t as key, null as name, count(*)::int as n
      from (${base().select(accidentTypesOfUnit.as('types'))}) s cross join lateral unnest(s.types) as t
      group by t order by n desc, t`.execute(db),
  ]);
  const byLevel = { major: 0, significant: 0 };
  let total = 0;
  let enterprises = 0;
  for (const r of levels.rows) {
    if (r.level === 'all') {
      total = r.n;
      enterprises = r.enterprises;
    } else if (r.level === 'major' || r.level === 'significant') byLevel[r.level] = r.n;
  }
  return {
    total,
    enterprises,
    byLevel,
    byIndustry: industries.rows.map((r) => ({ key: r.key, name: r.name ?? r.key, count: r.n })),
    byTownship: townships.rows.map((r) => ({ key: r.key, name: r.name ?? '—', count: r.n })),
    byAccidentType: accidents.rows.map((r) => ({
      key: r.key,
      name: accidentNames.get(r.key) ?? r.key,
      count: r.n,
    })),
  };
}
