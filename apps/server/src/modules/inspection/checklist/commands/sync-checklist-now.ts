import { forbidden } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../inspection.database.ts';
import { mayManage } from '../../inspection.policy.ts';
import { InspectionScope } from '../../inspection-scope.ts';
import { type ChecklistSyncResult, syncChecklist } from './sync-checklist.ts';

/** The sync button: the same sync the register's events trigger, on demand and audited as the user. */
export async function syncChecklistNow(
  ctx: CommandContext,
  enterpriseId: string,
): Promise<ChecklistSyncResult> {
  const scope = await InspectionScope.load(ctx.db, ctx.actor, enterpriseId);
  if (!mayManage(ctx.actor, scope)) throw forbidden('inspection.manage');
  return syncChecklist(ctx.db, ctx.audit, scope.id);
}
