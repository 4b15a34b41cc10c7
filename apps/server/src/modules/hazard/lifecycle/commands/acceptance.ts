import type { z } from 'zod';
import type { acceptHazardBody, sendBackHazardBody } from '@shuangkong/contracts';
import type { CommandContext } from '../../hazard.database.ts';
import { runTransition } from '../run-transition.ts';

/** 验收: someone other than the rectifier signs that the hazard is gone; it closes. */
export function acceptHazard(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof acceptHazardBody>,
) {
  return runTransition(ctx, enterpriseId, id, {
    action: 'accept',
    event: 'hazard.accepted',
    signature: { kind: 'accept', password: body.password },
    apply: async (_trx, h) => {
      const acceptedAt = new Date();
      return {
        changes: {
          acceptorId: ctx.actor.userId,
          acceptedAt,
          acceptanceComment: body.comment ?? null,
          overdueSince: null,
        },
        note: body.comment ?? null,
        signed: { result: 'passed', comment: body.comment ?? null, rectifiedBy: h.rectifiedBy },
        facts: { unitId: h.unitId },
      };
    },
  });
}

/**
 * 验收不通过: back to rectifying with the reason. A hazard fixed on the spot goes back to the one
 * who fixed it, who becomes its owner.
 */
export function sendBackHazard(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof sendBackHazardBody>,
) {
  return runTransition(ctx, enterpriseId, id, {
    action: 'sendBack',
    event: 'hazard.sent-back',
    hasReason: body.reason.length > 0,
    apply: async (_trx, h) => ({
      changes: { ownerUserId: h.ownerUserId ?? h.rectifiedBy, rectifiedBy: null, rectifiedAt: null },
      note: body.reason,
      notice: {
        userIds: [h.ownerUserId ?? h.rectifiedBy],
        kind: 'sent-back',
        title: `隐患验收未通过：${h.name}`,
        body: body.reason,
        params: { reason: body.reason },
      },
      facts: {},
    }),
  });
}
