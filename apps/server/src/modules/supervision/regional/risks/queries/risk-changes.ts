import {
  riskLevelRank,
  type RegionalRiskChange,
  type RegionalRiskChanges,
  type RegionalRiskFilters,
  type RiskLevel,
} from '@shuangkong/contracts';
import type { Actor } from '../../../../identity/index.ts';
import type { Db } from '../../../supervision.database.ts';
import { inIndustry, inTownship, likePattern, remitEnterprises } from '../../regional-scope.ts';

const DAYS = 7;
const LIMIT = 200;
const graded = (l: RiskLevel | null) => l === 'major' || l === 'significant';
const rank = (l: RiskLevel | null) => (l === null ? -1 : riskLevelRank(l));

/**
 * What a level change means to the regional database: a unit entering 重大/较大 from below is newly
 * graded, 较大 → 重大 is raised, leaving 重大 or 较大 downwards is lowered; anything else (一般 ↔ 低)
 * is not the database's business.
 */
export function changeKind(from: RiskLevel | null, to: RiskLevel | null): RegionalRiskChange['kind'] | null {
  if (rank(to) > rank(from) && graded(to)) return graded(from) ? 'raised' : 'newlyGraded';
  if (rank(to) < rank(from) && graded(from)) return 'lowered';
  return null;
}

/**
 * 本周变化: the units of the remit newly graded 重大/较大, raised or lowered in the last 7 days,
 * from the register's level history (every recomputation that moved a unit's current level, with
 * its cause: an assessment, evidence raised by a missed check or a hazard, evidence cleared).
 */
export async function riskChanges(
  db: Db,
  actor: Actor,
  f: Pick<RegionalRiskFilters, 'industry' | 'township' | 'q'>,
  now = new Date(),
): Promise<RegionalRiskChanges> {
  const since = new Date(now.getTime() - DAYS * 86_400_000);
  let q = remitEnterprises(db, actor)
    .innerJoin('riskUnitLevelHistory as h', 'h.enterpriseId', 'e.id')
    .innerJoin('riskUnits as u', (j) =>
      j.onRef('u.enterpriseId', '=', 'h.enterpriseId').onRef('u.id', '=', 'h.unitId'),
    )
    .select([
      'h.id',
      'h.fromLevel',
      'h.toLevel',
      'h.cause',
      'h.reason',
      'h.at',
      'e.id as enterpriseId',
      'e.name as enterpriseName',
      'u.id as unitId',
      'u.name as unitName',
    ])
    .where('h.at', '>=', since)
    .where((eb) =>
      eb.or([
        eb('h.fromLevel', 'in', ['major', 'significant']),
        eb('h.toLevel', 'in', ['major', 'significant']),
      ]),
    );
  if (f.industry) q = q.where(inIndustry(f.industry));
  if (f.township) q = q.where(inTownship(f.township));
  if (f.q) q = q.where('e.name', 'ilike', likePattern(f.q));
  const rows = await q.orderBy('h.at', 'desc').orderBy('h.id').execute();
  const counts = { newlyGraded: 0, raised: 0, lowered: 0 };
  const data: RegionalRiskChange[] = [];
  for (const r of rows) {
    const kind = changeKind(r.fromLevel, r.toLevel);
    if (!kind) continue;
    counts[kind] += 1;
    if (data.length < LIMIT)
      data.push({
        id: r.id,
        kind,
        enterpriseId: r.enterpriseId,
        enterpriseName: r.enterpriseName,
        unitId: r.unitId,
        unitName: r.unitName,
        fromLevel: r.fromLevel,
        toLevel: r.toLevel,
        cause: r.cause,
        reason: r.reason,
        at: new Date(r.at).toISOString(),
      });
  }
  return { since: since.toISOString(), counts, data };
}
