import type { z } from 'zod';
import type {
  handOverHazardBody,
  mergeHazardBody,
  rejectHazardBody,
  voidHazardBody,
} from '@shuangkong/contracts';
import type { CommandContext } from '../../hazard.database.ts';
import { hazardErrors } from '../../hazard.errors.ts';
import { runTransition } from '../run-transition.ts';

/** 不是隐患: the manager rejects a report, with the reason the reporter will read. */
export function rejectHazard(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof rejectHazardBody>,
) {
  return runTransition(ctx, enterpriseId, id, {
    action: 'reject',
    event: 'hazard.rejected',
    hasReason: body.reason.length > 0,
    apply: async (_trx, h) => ({ note: body.reason, facts: { unitId: h.unitId } }),
  });
}

/** 合并: a duplicate report is folded into the open hazard it repeats; its photos go with it. */
export function mergeHazard(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof mergeHazardBody>,
) {
  return runTransition(ctx, enterpriseId, id, {
    action: 'merge',
    event: 'hazard.merged',
    apply: async (trx, h) => {
      const into = await trx
        .selectFrom('hazards')
        .select(['id', 'state', 'name'])
        .where('enterpriseId', '=', h.enterpriseId)
        .where('id', '=', body.intoHazardId)
        .executeTakeFirst();
      const open = ['reported', 'confirmed', 'rectifying', 'accepting'];
      if (!into || into.id === h.id || !open.includes(into.state)) throw hazardErrors.mergeTarget();
      const photos = await trx
        .selectFrom('hazardPhotos')
        .select(['fileId', 'kind', 'uploadedBy'])
        .where('enterpriseId', '=', h.enterpriseId)
        .where('hazardId', '=', h.id)
        .execute();
      if (photos.length > 0) {
        await trx
          .insertInto('hazardPhotos')
          .values(photos.map((p) => ({ ...p, enterpriseId: h.enterpriseId, hazardId: into.id })))
          .onConflict((oc) => oc.columns(['enterpriseId', 'hazardId', 'fileId']).doNothing())
          .execute();
      }
      return {
        changes: { mergedIntoId: into.id },
        note: body.reason ? `并入「${into.name}」：${body.reason}` : `并入「${into.name}」`,
        facts: { intoHazardId: into.id },
      };
    },
  });
}

/** 作废: only the safety manager, with a reason; the audit log keeps what it was. */
export function voidHazard(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof voidHazardBody>,
) {
  return runTransition(ctx, enterpriseId, id, {
    action: 'void',
    event: 'hazard.voided',
    hasReason: body.reason.length > 0,
    apply: async (_trx, h) => ({ note: body.reason, facts: { unitId: h.unitId, from: h.state } }),
  });
}

/**
 * 移交核查: a closed major hazard goes to the regulators in remit for verification and close-out
 * (销号), the explicit point where the enterprise's part ends.
 */
export function handOverHazard(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof handOverHazardBody>,
) {
  return runTransition(ctx, enterpriseId, id, {
    action: 'handOver',
    event: 'hazard.handed-over',
    apply: async () => ({ note: body.note ?? null, facts: {} }),
  });
}
