import {
  riskLevelsAscending,
  type RegisterTree,
  type RegisterTreeQuery,
  type RiskLevel,
} from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import type { Actor } from '../../../identity/index.ts';
import { enterpriseLevel, objectLevel } from '../../risk-level.ts';
import { registerAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { findTierMap } from '../../tiers/tiers.repository.ts';
import { effectiveTier } from '../../tiers/tier-rules.ts';
import { levelDecor } from '../../units/units.presenter.ts';
import { countUnitsByLevel } from '../../units/units.repository.ts';
import { ENTERPRISE_LEVEL_RULE_ZH, presentObject } from '../objects.presenter.ts';
import { findMajorSources, findObjectsPage, findTreeUnits, type TreeUnitRow } from '../objects.repository.ts';

/**
 * One level per non-empty count: enough for the max-based roll-up without loading every unit.
 * Only the four levels count; the `unassessed` tally is not a level.
 */
export function levelsFromCounts(counts: Record<RiskLevel, number>): { currentLevel: RiskLevel }[] {
  return riskLevelsAscending.filter((l) => counts[l] > 0).map((currentLevel) => ({ currentLevel }));
}

/**
 * The register as a tree: a page of objects with their units (event counts aggregated in SQL),
 * the level counts and the enterprise's overall level. A fixed number of queries whatever the size.
 */
export async function getRegisterTree(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  query: RegisterTreeQuery,
): Promise<RegisterTree> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  const [page, counts, majorSources, rules] = await Promise.all([
    findObjectsPage(db, enterprise, query),
    countUnitsByLevel(db, enterprise),
    findMajorSources(db, enterprise),
    findTierMap(db, enterprise),
  ]);
  const units = await findTreeUnits(
    db,
    enterprise,
    page.rows.map((o) => o.id),
  );
  const byObject = new Map<string, TreeUnitRow[]>();
  for (const u of units) byObject.set(u.objectId, [...(byObject.get(u.objectId) ?? []), u]);

  const q = query.q?.toLowerCase();
  const level = enterpriseLevel(
    levelsFromCounts(counts),
    majorSources.map((s) => s.majorSourceGrade),
  );
  return {
    data: {
      enterprise: {
        id: enterprise.id,
        name: enterprise.name,
        level,
        ...levelDecor(level),
        rule: ENTERPRISE_LEVEL_RULE_ZH,
      },
      counts,
      objects: page.rows.map((o) => {
        const all = byObject.get(o.id) ?? [];
        const objectMatches = !q || o.name.toLowerCase().includes(q) || o.code.toLowerCase().includes(q);
        // The object's level rolls up all its units; the list shows the ones the filter asked for.
        const shown = all.filter(
          (u) =>
            (!query.level || u.currentLevel === query.level) &&
            (objectMatches ||
              u.name.toLowerCase().includes(q ?? '') ||
              u.code.toLowerCase().includes(q ?? '')),
        );
        return {
          ...presentObject(o, objectLevel(all)),
          units: shown.map((u) => ({
            id: u.id,
            code: u.code,
            name: u.name,
            status: u.status,
            inherentLevel: u.inherentLevel,
            residualLevel: u.residualLevel,
            currentLevel: u.currentLevel,
            ...levelDecor(u.currentLevel),
            effectiveTier: effectiveTier(u.controlTier, u.currentLevel, rules),
            outOfControlReason: u.outOfControlReason,
            needsReassessment: u.needsReassessment,
            eventCount: Number(u.eventCount ?? 0),
          })),
        };
      }),
    },
    page: { page: query.page, pageSize: query.pageSize, total: page.total },
    abilities: registerAbilities(actor, enterprise),
  };
}
