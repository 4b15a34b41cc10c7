import type { RegionalRiskFilters, RegionalRiskSort } from '@shuangkong/contracts';
import { sql } from 'kysely';
import type { Actor } from '../../../identity/index.ts';
import type { Db } from '../../supervision.database.ts';
import {
  inIndustry,
  inTownship,
  industriesOf,
  likePattern,
  remitEnterprises,
  townshipOf,
} from '../regional-scope.ts';

/**
 * The live 重大 and 较大 units of the remit's registers (登记造册 straight from the enterprises'
 * data), with the page's filters. Archived units and units of archived objects are not risks.
 */
export function gradedUnits(db: Db, actor: Actor, f: RegionalRiskFilters) {
  let q = remitEnterprises(db, actor)
    .innerJoin('riskUnits as u', 'u.enterpriseId', 'e.id')
    .innerJoin('riskObjects as o', (j) =>
      j.onRef('o.enterpriseId', '=', 'u.enterpriseId').onRef('o.id', '=', 'u.objectId'),
    )
    .where('u.archivedAt', 'is', null)
    .where('o.archivedAt', 'is', null)
    .where('u.currentLevel', 'in', f.level ? [f.level] : ['major', 'significant']);
  if (f.industry) q = q.where(inIndustry(f.industry));
  if (f.township) q = q.where(inTownship(f.township));
  if (f.q) q = q.where('e.name', 'ilike', likePattern(f.q));
  if (f.accidentType)
    q = q.where(
      sql<boolean>`exists (select 1 from risk_events ev where ev.enterprise_id = u.enterprise_id
        and ev.unit_id = u.id and ${f.accidentType} = any(ev.accident_types1986))`,
    );
  return q;
}

/** The accident types (GB 6441-1986) of a unit's events, each once. */
export const accidentTypesOfUnit = sql<string[]>`(select coalesce(array_agg(distinct t order by t), '{}')
  from risk_events ev cross join lateral unnest(ev.accident_types1986) as t
  where ev.enterprise_id = u.enterprise_id and ev.unit_id = u.id)`;

/** One row of the database as the list and the export show it. */
export function selectRiskRow(db: Db, actor: Actor, f: RegionalRiskFilters) {
  return gradedUnits(db, actor, f).select((eb) => [
    'e.id as enterpriseId',
    'e.name as enterpriseName',
    'u.id as unitId',
    'u.code as unitCode',
    'u.name as unitName',
    'o.name as objectName',
    'u.currentLevel as level',
    'u.outOfControlReason',
    'u.lastAssessedAt',
    accidentTypesOfUnit.as('accidentTypes'),
    industriesOf(eb).as('industryCodes'),
    townshipOf('code').as('townshipCode'),
    townshipOf('name').as('townshipName'),
  ]);
}

const levelRank = sql<number>`case u.current_level when 'major' then 2 else 1 end`;

/** The list's orders; each ends on the unit id so pages never overlap. */
export function orderRisks<Q extends ReturnType<typeof selectRiskRow>>(q: Q, sort: RegionalRiskSort): Q {
  switch (sort) {
    case 'level':
      return q.orderBy(levelRank, 'desc').orderBy('e.name').orderBy('u.code').orderBy('u.id') as Q;
    case 'enterprise':
      return q.orderBy('e.name').orderBy(levelRank, 'desc').orderBy('u.code').orderBy('u.id') as Q;
    case 'township':
      return q.orderBy(townshipOf('name')).orderBy(levelRank, 'desc').orderBy('e.name').orderBy('u.id') as Q;
    case 'assessedAt':
      return q.orderBy('u.lastAssessedAt', (ob) => ob.desc().nullsLast()).orderBy('u.id') as Q;
  }
}
