import { randomUUID } from 'node:crypto';
import {
  dangerSrcEmployeeReport,
  type HazardCreated,
  type QuickReportHazardBody,
  type ReportHazardBody,
} from '@shuangkong/contracts';
import { forbidden, validationFailed } from '../../../../kernel/index.ts';
import type { CommandContext, Trx } from '../../hazard.database.ts';
import { recordHazard } from '../../hazard-record.ts';
import { mayReport } from '../../hazard.policy.ts';
import { HazardScope } from '../../hazard-scope.ts';

type ReportInput = { kind: 'full'; body: ReportHazardBody } | { kind: 'quick'; body: QuickReportHazardBody };

/** Photos must be files uploaded to this enterprise: an id from elsewhere is bad input, not a link. */
async function checkPhotos(trx: Trx, enterpriseId: string, ids: readonly string[], field: string) {
  if (ids.length === 0) return;
  const found = await trx
    .selectFrom('files')
    .select('id')
    .where('enterpriseId', '=', enterpriseId)
    .where('id', 'in', [...ids])
    .execute();
  if (found.length !== new Set(ids).size) throw validationFailed(field, 'unknown file');
}

/**
 * Reports a hazard (登记), either in full or as 随手拍 by any employee (a photo and a sentence,
 * source 其他): state reported, the before photos attached, audited as hazard.reported.
 */
export async function reportHazard(
  ctx: CommandContext,
  enterpriseId: string,
  input: ReportInput,
): Promise<HazardCreated> {
  const scope = await HazardScope.load(ctx.db, ctx.actor, enterpriseId);
  if (!mayReport(ctx.actor, scope)) throw forbidden('hazard.report');
  const id = randomUUID();
  const b = input.body;
  const photoIds = input.kind === 'full' ? input.body.beforePhotoIds : input.body.photoIds;
  const row =
    input.kind === 'full'
      ? {
          name: input.body.name,
          description: input.body.description,
          cause: input.body.cause ?? null,
          dangerSrc: input.body.dangerSrc,
          foundBy: input.body.foundBy,
          eventId: input.body.eventId ?? null,
          measureId: input.body.measureId ?? null,
          enforcementId: input.body.enforcementId ?? null,
        }
      : {
          // The national name field is required; a quick report's first words stand in for it.
          name: input.body.description.slice(0, 60),
          description: input.body.description,
          cause: null,
          dangerSrc: dangerSrcEmployeeReport,
          foundBy: 'self' as const,
          eventId: null,
          measureId: null,
          enforcementId: null,
        };
  await ctx.db.transaction().execute(async (trx) => {
    await checkPhotos(
      trx,
      scope.id,
      photoIds,
      input.kind === 'full' ? 'body.beforePhotoIds' : 'body.photoIds',
    );
    const values = {
      enterpriseId: scope.id,
      id,
      ...row,
      location: b.location ?? null,
      unitId: b.unitId ?? null,
      registrantId: ctx.actor.userId,
      reporterHidden: b.reporterHidden,
    };
    await trx.insertInto('hazards').values(values).execute();
    if (photoIds.length > 0) {
      await trx
        .insertInto('hazardPhotos')
        .values(
          [...new Set(photoIds)].map((fileId) => ({
            enterpriseId: scope.id,
            hazardId: id,
            fileId,
            kind: 'before' as const,
            uploadedBy: ctx.actor.userId,
          })),
        )
        .execute();
    }
    await trx
      .insertInto('hazardSteps')
      .values({
        enterpriseId: scope.id,
        id: randomUUID(),
        hazardId: id,
        action: input.kind === 'full' ? 'report' : 'quickReport',
        fromState: null,
        toState: 'reported',
        actorId: ctx.actor.userId,
        actorName: ctx.actor.name,
        note: null,
      })
      .execute();
    await recordHazard(trx, ctx.audit, {
      action: 'hazard.reported',
      entityType: 'hazard',
      entityId: id,
      enterpriseId: scope.id,
      // The audit log always names the reporter, hidden or not.
      after: values,
      facts: { unitId: values.unitId, measureId: values.measureId, dangerSrc: values.dangerSrc },
    });
  });
  return { id, state: 'reported' };
}
