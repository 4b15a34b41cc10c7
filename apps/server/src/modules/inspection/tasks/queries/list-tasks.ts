import { forbidden } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../inspection.database.ts';
import { mayCheck, mayRead } from '../../inspection.policy.ts';
import { InspectionScope } from '../../inspection-scope.ts';
import { shanghaiDate } from '../../schedule/shanghai-time.ts';
import { presentTask } from '../tasks.presenter.ts';
import { listTasks } from '../tasks.repository.ts';
import { readInspectionSettings } from '../../settings/inspection-settings.ts';

export type ListTasksQuery = { date?: string; unitId?: string; mine?: boolean };

/** A day's tasks (today by default): the caller's own, or by unit for managers. */
export async function listInspectionTasks(ctx: CommandContext, enterpriseId: string, query: ListTasksQuery) {
  const scope = await InspectionScope.load(ctx.db, ctx.actor, enterpriseId);
  if (!mayRead(ctx.actor)) throw forbidden('inspection.read');
  const rows = await listTasks(ctx.db, scope, {
    date: query.date ?? shanghaiDate(new Date()),
    ...(query.unitId !== undefined ? { unitId: query.unitId } : {}),
    ...(query.mine ? { responsibleUserId: ctx.actor.userId } : {}),
  });
  const now = new Date();
  const { requireScan } = await readInspectionSettings(ctx.db, scope.id);
  return rows.map((row) =>
    presentTask(row, { check: mayCheck(ctx.actor, scope, row) && row.endsAt > now }, requireScan),
  );
}
