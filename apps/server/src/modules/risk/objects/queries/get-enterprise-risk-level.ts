import type { EnterpriseRiskLevel } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import type { Actor } from '../../../identity/index.ts';
import { enterpriseLevel, objectLevel } from '../../risk-level.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { levelDecor } from '../../units/units.presenter.ts';
import { countUnitsByLevel } from '../../units/units.repository.ts';
import { ENTERPRISE_LEVEL_RULE_ZH } from '../objects.presenter.ts';
import { findMajorSources, findUnitLevelsOfObjects } from '../objects.repository.ts';
import { levelsFromCounts } from './get-register-tree.ts';

/** 企业整体安全风险等级: computed from the register by enterpriseLevel, with its rule and inputs. */
export async function getEnterpriseRiskLevel(
  db: Db,
  actor: Actor,
  enterpriseId: string,
): Promise<{ data: EnterpriseRiskLevel }> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  const [counts, sources] = await Promise.all([
    countUnitsByLevel(db, enterprise),
    findMajorSources(db, enterprise),
  ]);
  const units = await findUnitLevelsOfObjects(
    db,
    enterprise,
    sources.map((s) => s.id),
  );
  const level = enterpriseLevel(
    levelsFromCounts(counts),
    sources.map((s) => s.majorSourceGrade),
  );
  return {
    data: {
      level,
      ...levelDecor(level),
      rule: ENTERPRISE_LEVEL_RULE_ZH,
      counts,
      majorSources: sources.map((s) => ({
        ...s,
        level: objectLevel(units.filter((u) => u.objectId === s.id)),
      })),
    },
  };
}
