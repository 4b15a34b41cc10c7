import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { decideExtensionBody, requestExtensionBody } from '@shuangkong/contracts';
import { notFound } from '../../../../kernel/index.ts';
import type { CommandContext, Trx } from '../../hazard.database.ts';
import { hazardErrors } from '../../hazard.errors.ts';
import { runTransition, type HazardRow } from '../run-transition.ts';

/** 延期申请: the owner asks for a later deadline, with the reason; one request at a time. */
export function requestExtension(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof requestExtensionBody>,
) {
  return runTransition(ctx, enterpriseId, id, {
    action: 'requestExtension',
    event: 'hazard.extension-requested',
    hasReason: body.reason.length > 0,
    newDeadline: body.newDeadline,
    apply: async (trx, h) => {
      if (h.deadline === null) throw hazardErrors.noDeadline();
      const extensionId = randomUUID();
      await trx
        .insertInto('hazardExtensions')
        .values({
          enterpriseId: h.enterpriseId,
          id: extensionId,
          hazardId: h.id,
          reason: body.reason,
          oldDeadline: h.deadline,
          newDeadline: body.newDeadline,
          requestedBy: ctx.actor.userId,
        })
        .execute();
      return {
        note: `${h.deadline} → ${body.newDeadline}：${body.reason}`,
        facts: { extensionId, newDeadline: body.newDeadline },
      };
    },
  });
}

async function pendingExtension(trx: Trx, h: HazardRow, extensionId: string) {
  const ext = await trx
    .selectFrom('hazardExtensions')
    .selectAll()
    .where('enterpriseId', '=', h.enterpriseId)
    .where('hazardId', '=', h.id)
    .where('id', '=', extensionId)
    .executeTakeFirst();
  if (!ext) throw notFound('Extension');
  return ext;
}

/** 批准延期: the deadline moves and the overdue count starts again from the new one. */
export function approveExtension(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  extensionId: string,
  body: z.infer<typeof decideExtensionBody>,
) {
  return runTransition(ctx, enterpriseId, id, {
    action: 'approveExtension',
    event: 'hazard.extension-approved',
    apply: async (trx, h) => {
      const ext = await pendingExtension(trx, h, extensionId);
      await decide(trx, ctx, h, ext.id, 'approved', body.comment);
      return {
        changes: { deadline: ext.newDeadline, overdueSince: null, escalationLevel: 0 },
        note: body.comment ?? `${ext.oldDeadline} → ${ext.newDeadline}`,
        notice: {
          userIds: [ext.requestedBy],
          kind: 'extension-decided',
          title: `延期申请已批准：${h.name}`,
          body: `整改期限延至 ${ext.newDeadline}`,
          params: { result: 'approved', deadline: ext.newDeadline },
        },
        facts: { extensionId: ext.id, newDeadline: ext.newDeadline },
      };
    },
  });
}

/** 不予延期: the deadline stands. */
export function refuseExtension(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  extensionId: string,
  body: z.infer<typeof decideExtensionBody>,
) {
  return runTransition(ctx, enterpriseId, id, {
    action: 'refuseExtension',
    event: 'hazard.extension-refused',
    apply: async (trx, h) => {
      const ext = await pendingExtension(trx, h, extensionId);
      await decide(trx, ctx, h, ext.id, 'refused', body.comment);
      return {
        note: body.comment ?? null,
        notice: {
          userIds: [ext.requestedBy],
          kind: 'extension-decided',
          title: `延期申请未获批准：${h.name}`,
          body: `整改期限仍为 ${ext.oldDeadline}${body.comment ? `：${body.comment}` : ''}`,
          params: { result: 'refused', deadline: ext.oldDeadline },
        },
        facts: { extensionId: ext.id },
      };
    },
  });
}

async function decide(
  trx: Trx,
  ctx: CommandContext,
  h: HazardRow,
  extensionId: string,
  state: 'approved' | 'refused',
  comment: string | undefined,
) {
  const updated = await trx
    .updateTable('hazardExtensions')
    .set({ state, decidedBy: ctx.actor.userId, decidedAt: new Date(), comment: comment ?? null })
    .where('enterpriseId', '=', h.enterpriseId)
    .where('id', '=', extensionId)
    .where('state', '=', 'requested')
    .executeTakeFirst();
  // Only the pending request may be decided; a decided one is history.
  if (Number(updated.numUpdatedRows) === 0)
    throw hazardErrors.refused('HAZARD_NO_EXTENSION_PENDING', h.state, state);
}
