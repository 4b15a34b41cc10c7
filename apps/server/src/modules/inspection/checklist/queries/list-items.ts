import { forbidden } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../inspection.database.ts';
import { mayManage, mayRead } from '../../inspection.policy.ts';
import { InspectionScope } from '../../inspection-scope.ts';
import { listItems } from '../checklist.repository.ts';
import { presentItem } from '../checklist.presenter.ts';

export async function listChecklistItems(ctx: CommandContext, enterpriseId: string, includeRetired: boolean) {
  const scope = await InspectionScope.load(ctx.db, ctx.actor, enterpriseId);
  if (!mayRead(ctx.actor)) throw forbidden('inspection.read');
  const manage = mayManage(ctx.actor, scope);
  const rows = await listItems(ctx.db, scope, { includeRetired });
  return { data: rows.map((row) => presentItem(row, { manage })), abilities: { sync: manage } };
}
