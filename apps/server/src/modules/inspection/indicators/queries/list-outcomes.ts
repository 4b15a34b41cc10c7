import type { z } from 'zod';
import { inspectionOutcomesQuery, type InspectionOutcome } from '@shuangkong/contracts';
import { forbidden } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../inspection.database.ts';
import { mayRead } from '../../inspection.policy.ts';
import { InspectionScope } from '../../inspection-scope.ts';
import { listOutcomes } from '../indicators.repository.ts';

/** The tasks behind an indicator row, each with its first record (the records browser). */
export async function listInspectionOutcomes(
  ctx: CommandContext,
  enterpriseId: string,
  input: z.input<typeof inspectionOutcomesQuery>,
): Promise<{ data: InspectionOutcome[]; total: number }> {
  const query = inspectionOutcomesQuery.parse(input);
  const scope = await InspectionScope.load(ctx.db, ctx.actor, enterpriseId);
  if (!mayRead(ctx.actor)) throw forbidden('inspection.read');
  const rows = await listOutcomes(ctx.db, scope, {
    from: query.from,
    to: query.to,
    limit: query.limit,
    offset: query.offset,
    ...(query.unitId ? { unitId: query.unitId } : {}),
    ...(query.responsibleUserId ? { responsibleUserId: query.responsibleUserId } : {}),
    ...(query.workType ? { workType: query.workType } : {}),
    ...(query.day ? { day: query.day } : {}),
    ...(query.status ? { status: query.status } : {}),
  });
  return {
    total: Number(rows[0]?.total ?? 0),
    data: rows.map((r) => ({
      taskId: r.taskId,
      unitId: r.unitId,
      unitName: r.unitName,
      measureContent: r.measureContent,
      dueDate: r.dueDate,
      startsAt: new Date(r.startsAt).toISOString(),
      endsAt: new Date(r.endsAt).toISOString(),
      workType: r.workType,
      status: r.status,
      record:
        r.recordId === null
          ? null
          : {
              id: r.recordId,
              checkTime: new Date(r.checkTime!).toISOString(),
              checkStatus: r.checkStatus as NonNullable<InspectionOutcome['record']>['checkStatus'],
              checkedByName: r.checkedByName ?? '',
              byMobile: r.byMobile ?? false,
              note: r.note ?? '',
            },
    })),
  };
}
