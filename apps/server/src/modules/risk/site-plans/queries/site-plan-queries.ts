import type { RiskMapPoint, SitePlan, SitePlanListItem } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import { forbidden, notFound } from '../../../../kernel/index.ts';
import { can, type Actor } from '../../../identity/index.ts';
import { registerAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { presentMapPoint, presentPlan, presentPlanListItem } from '../site-plan.presenter.ts';
import { findPlan, listPlans, placementsOf, unitPositions } from '../site-plan.repository.ts';

async function readable(db: Db, actor: Actor, enterpriseId: string): Promise<VisibleEnterprise> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  if (!can(actor, 'risk.read')) throw forbidden('risk.read');
  return enterprise;
}

/** The enterprise's site plans. */
export async function findSitePlans(db: Db, actor: Actor, enterpriseId: string) {
  const enterprise = await readable(db, actor, enterpriseId);
  const data: SitePlanListItem[] = (await listPlans(db, enterprise)).map(presentPlanListItem);
  return { data, abilities: { canEdit: registerAbilities(actor, enterprise).canEdit } };
}

/** One plan as a four-color map: placements colored by each unit's current level, and the legend. */
export async function getSitePlan(db: Db, actor: Actor, enterpriseId: string, planId: string) {
  const enterprise = await readable(db, actor, enterpriseId);
  const plan = await findPlan(db, enterprise, planId);
  if (!plan) throw notFound('Site plan');
  const data: SitePlan = presentPlan(plan, enterprise.name, await placementsOf(db, enterprise, plan.id));
  return { data, abilities: { canEdit: registerAbilities(actor, enterprise).canEdit } };
}

/** Every live unit that has a known position, for the regional map. */
export async function findRiskMapPoints(db: Db, actor: Actor, enterpriseId: string): Promise<RiskMapPoint[]> {
  const enterprise = await readable(db, actor, enterpriseId);
  return (await unitPositions(db, enterprise.id)).flatMap(presentMapPoint);
}
