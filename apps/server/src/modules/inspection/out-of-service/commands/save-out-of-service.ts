import { randomUUID } from 'node:crypto';
import type { OutOfServiceBody } from '@shuangkong/contracts';
import { forbidden, notFound, validationFailed } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../inspection.database.ts';
import { inspectionErrors } from '../../inspection.errors.ts';
import { mayManage } from '../../inspection.policy.ts';
import { recordInspection } from '../../inspection-record.ts';
import { InspectionScope } from '../../inspection-scope.ts';
import { presentOutOfService } from '../out-of-service.presenter.ts';
import { findOutOfService, unitExists } from '../out-of-service.repository.ts';

/**
 * Records (id absent) or changes a 停用/检维修 period. Generation skips the unit's tasks inside it
 * from its next run; tasks already generated stay, because they may already have been checked.
 */
export async function saveOutOfService(
  ctx: CommandContext,
  enterpriseId: string,
  id: string | null,
  body: OutOfServiceBody,
) {
  const scope = await InspectionScope.load(ctx.db, ctx.actor, enterpriseId);
  const existing = id === null ? null : await findOutOfService(ctx.db, scope, id);
  if (id !== null && !existing) throw notFound('Out-of-service period');
  if (!mayManage(ctx.actor, scope)) throw forbidden('inspection.manage');
  if (!(await unitExists(ctx.db, scope, body.unitId))) throw inspectionErrors.unitUnknown();
  const startAt = new Date(body.startAt);
  const endAt = body.endAt === null ? null : new Date(body.endAt);
  if (endAt !== null && endAt <= startAt) throw validationFailed('body.endAt', 'must be after the start');
  const row = {
    enterpriseId: scope.id,
    id: id ?? randomUUID(),
    unitId: body.unitId,
    startAt,
    endAt,
    reason: body.reason,
  };

  return ctx.db.transaction().execute(async (trx) => {
    const saved =
      existing === null
        ? await trx.insertInto('inspectionOutOfService').values(row).returningAll().executeTakeFirstOrThrow()
        : await trx
            .updateTable('inspectionOutOfService')
            .set({ unitId: row.unitId, startAt, endAt, reason: row.reason })
            .where('enterpriseId', '=', scope.id)
            .where('id', '=', row.id)
            .returningAll()
            .executeTakeFirstOrThrow();
    await recordInspection(trx, ctx.audit, {
      action: existing === null ? 'inspection.out-of-service-created' : 'inspection.out-of-service-updated',
      entityType: 'inspectionOutOfService',
      entityId: row.id,
      enterpriseId: scope.id,
      ...(existing !== null ? { before: existing } : {}),
      after: row,
      facts: { unitId: row.unitId },
    });
    return presentOutOfService(saved, { manage: true });
  });
}
