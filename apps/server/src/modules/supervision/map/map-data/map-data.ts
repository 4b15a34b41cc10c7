import type { RegionalMapData, RiskLevel } from '@shuangkong/contracts';
import { enterpriseVisibleTo, type Actor } from '../../../identity/index.ts';
import type { Db } from '../../supervision.database.ts';
import { listBoundaries } from '../boundaries/boundaries.ts';
import { pathInRemit } from '../map-scope.ts';
import { enterpriseOverallLevels } from './enterprise-level.ts';

const levelCode: Record<RiskLevel, number> = { low: 1, general: 2, significant: 3, major: 4 };

/**
 * Everything the regional four-color map draws, scoped by the actor's remit: the boundaries, every
 * approved enterprise in remit with coordinates (columnar, compact), and the active public-area risks.
 */
export async function regionalMapData(db: Db, actor: Actor): Promise<RegionalMapData> {
  const [boundaries, enterprises, industryRows, levels, townships, publicRisks] = await Promise.all([
    listBoundaries(db, actor),
    db
      .selectFrom('enterprises as e')
      .select(['e.id', 'e.name', 'e.lng', 'e.lat', 'e.jurisdictionPath'])
      .where(enterpriseVisibleTo(actor))
      .where('e.status', '=', 'approved')
      .orderBy('e.id')
      .execute(),
    db
      .selectFrom('enterpriseIndustries as ei')
      .innerJoin('enterprises as e', 'e.id', 'ei.enterpriseId')
      .select(['ei.enterpriseId', 'ei.industryCode'])
      .where(enterpriseVisibleTo(actor))
      .where('e.status', '=', 'approved')
      .execute(),
    enterpriseOverallLevels(db, actor),
    db
      .selectFrom('jurisdictions as j')
      .select(['j.code', 'j.name', 'j.path'])
      .where('j.level', '=', 'township')
      .where(pathInRemit(actor, 'j.path'))
      .orderBy('j.sort')
      .orderBy('j.code')
      .execute(),
    db
      .selectFrom('supervisionPublicRisks as p')
      .select(['p.id', 'p.name', 'p.level', 'p.geometry'])
      .where('p.status', '=', 'active')
      .where(pathInRemit(actor, 'p.jurisdictionPath'))
      .orderBy('p.createdAt')
      .execute(),
  ]);
  const industryCodes = [...new Set(industryRows.map((r) => r.industryCode))].sort();
  const industries = await (industryCodes.length === 0
    ? Promise.resolve([])
    : db.selectFrom('industries').select(['code', 'nameZh']).where('code', 'in', industryCodes).execute());
  const industryName = new Map(industries.map((i) => [i.code, i.nameZh]));
  const industryIndex = new Map(industryCodes.map((code, i) => [code, i]));
  const industriesOf = new Map<string, number[]>();
  for (const r of industryRows) {
    const list = industriesOf.get(r.enterpriseId) ?? [];
    list.push(industryIndex.get(r.industryCode) ?? 0);
    industriesOf.set(r.enterpriseId, list);
  }
  const townshipIndex = new Map(townships.map((t, i) => [t.code, i]));
  const townshipOf = (path: string): number => {
    for (const segment of path.split('.')) {
      const i = townshipIndex.get(segment);
      if (i !== undefined) return i;
    }
    return -1;
  };
  const columns: RegionalMapData['enterprises'] = {
    ids: [],
    names: [],
    lng: [],
    lat: [],
    level: [],
    industries: [],
    township: [],
  };
  let unlocated = 0;
  for (const e of enterprises) {
    if (e.lng === null || e.lat === null) {
      unlocated += 1;
      continue;
    }
    const level = levels.get(e.id);
    columns.ids.push(e.id);
    columns.names.push(e.name);
    columns.lng.push(e.lng);
    columns.lat.push(e.lat);
    columns.level.push(level ? levelCode[level] : 0);
    columns.industries.push(industriesOf.get(e.id) ?? []);
    columns.township.push(townshipOf(e.jurisdictionPath));
  }
  return {
    boundaries,
    townships: townships.map((t) => ({ code: t.code, name: t.name })),
    industryList: industryCodes.map((code) => ({ code, name: industryName.get(code) ?? code })),
    enterprises: columns,
    unlocated,
    publicRisks: publicRisks.map((p) => ({ id: p.id, name: p.name, level: p.level, geometry: p.geometry })),
  };
}
