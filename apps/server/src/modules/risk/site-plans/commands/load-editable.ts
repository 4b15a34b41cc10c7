import type { CommandContext } from '../../risk.database.ts';
import { forbidden, notFound } from '../../../../kernel/index.ts';
import { registerAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { findPlan } from '../site-plan.repository.ts';

/** The enterprise, checked for risk.edit (outsiders 404 first, then a reader without it 403). */
export async function loadEditableEnterprise(
  ctx: CommandContext,
  enterpriseId: string,
): Promise<VisibleEnterprise> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  if (!registerAbilities(ctx.actor, enterprise).canEdit) throw forbidden('risk.edit');
  return enterprise;
}

/** The editable enterprise and one of its plans (404 when the plan is not the enterprise's). */
export async function loadEditablePlan(ctx: CommandContext, enterpriseId: string, planId: string) {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const plan = await findPlan(ctx.db, enterprise, planId);
  if (!plan) throw notFound('Site plan');
  if (!registerAbilities(ctx.actor, enterprise).canEdit) throw forbidden('risk.edit');
  return { enterprise, plan };
}
