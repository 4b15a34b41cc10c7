import type { z } from 'zod';
import type { AssignHazardBody, fixOnTheSpotBody, SubmitRectificationBody } from '@shuangkong/contracts';
import { shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import type { CommandContext } from '../../hazard.database.ts';
import { hazardErrors } from '../../hazard.errors.ts';
import { attachPhotos, requireEnterpriseUser, runTransition } from '../run-transition.ts';

/** 限期整改: the manager names the owner, the deadline, the measures and the money. */
export function assignHazard(ctx: CommandContext, enterpriseId: string, id: string, body: AssignHazardBody) {
  return runTransition(ctx, enterpriseId, id, {
    action: 'assign',
    event: 'hazard.assigned',
    apply: async (trx, h) => {
      await requireEnterpriseUser(trx, h.enterpriseId, body.ownerUserId, 'body.ownerUserId');
      if (body.deadline < shanghaiCivilDate()) throw hazardErrors.deadlinePast('body.deadline');
      return {
        changes: {
          ownerUserId: body.ownerUserId,
          deadline: body.deadline,
          measures: body.measures,
          cost: body.cost ?? null,
          rectificationType: 'deadline',
        },
        notice: {
          userIds: [body.ownerUserId],
          kind: 'assigned',
          title: `隐患整改任务：${h.name}`,
          body: `请于 ${body.deadline} 前完成整改：${body.measures}`,
          params: { deadline: body.deadline },
        },
        facts: { ownerUserId: body.ownerUserId, deadline: body.deadline },
      };
    },
  });
}

/**
 * 即查即改: the finder fixes it at once and signs with the after photo; the grade is general by
 * definition (a major hazard is never fixed on the spot) and someone else still accepts it.
 */
export function fixHazardOnTheSpot(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof fixOnTheSpotBody>,
) {
  return runTransition(ctx, enterpriseId, id, {
    action: 'fixOnTheSpot',
    event: 'hazard.rectification-submitted',
    stepAction: 'fixOnTheSpot',
    signature: { kind: 'submitRectification', password: body.password },
    apply: async (trx, h) => {
      await attachPhotos(trx, ctx, h, body.afterPhotoIds, 'after', 'body.afterPhotoIds');
      return {
        changes: {
          grade: h.grade ?? 'general',
          rectificationType: 'immediate',
          ownerUserId: ctx.actor.userId,
          measures: body.note,
          rectifiedBy: ctx.actor.userId,
          rectifiedAt: new Date(),
        },
        note: body.note,
        signed: { note: body.note, afterPhotoIds: [...body.afterPhotoIds].sort(), immediate: true },
        facts: { immediate: true },
      };
    },
  });
}

/**
 * 整改完成: the owner submits the after photos and what was done, signed; a major hazard adds the
 * evaluation after treatment (own experts or a third party) before it may be accepted.
 */
export function submitRectification(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  body: SubmitRectificationBody,
) {
  return runTransition(ctx, enterpriseId, id, {
    action: 'submitRectification',
    event: 'hazard.rectification-submitted',
    signature: { kind: 'submitRectification', password: body.password },
    apply: async (trx, h) => {
      if (h.grade === 'major' && !body.evaluation) throw hazardErrors.evaluationRequired();
      await attachPhotos(trx, ctx, h, body.afterPhotoIds, 'after', 'body.afterPhotoIds');
      if (body.evaluation) {
        await trx
          .updateTable('hazardRectificationPlans')
          .set({
            evaluationBy: body.evaluation.by,
            evaluationThirdParty: body.evaluation.thirdParty,
            evaluationDate: body.evaluation.date,
            evaluationConclusion: body.evaluation.conclusion,
          })
          .where('enterpriseId', '=', h.enterpriseId)
          .where('hazardId', '=', h.id)
          .execute();
      }
      return {
        changes: {
          rectifiedBy: ctx.actor.userId,
          rectifiedAt: new Date(),
          ...(body.actualCost !== undefined ? { cost: body.actualCost } : {}),
        },
        note: body.note,
        signed: {
          note: body.note,
          afterPhotoIds: [...body.afterPhotoIds].sort(),
          actualCost: body.actualCost ?? null,
          evaluation: body.evaluation ?? null,
        },
        facts: { immediate: false },
      };
    },
  });
}
