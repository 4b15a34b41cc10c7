import { randomUUID } from 'node:crypto';
import type { CreateListingBody } from '@shuangkong/contracts';
import { forbidden, notFound } from '../../../../kernel/index.ts';
import { getWorkingDayCalendar, shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import { findEnterpriseForActor } from '../../../identity/index.ts';
import { recordSupervision } from '../../supervision-record.ts';
import type { CommandContext } from '../../supervision.database.ts';
import { listingErrors } from '../listing.errors.ts';
import { mayCreate } from '../listing.policy.ts';
import { enterpriseLeads, notifyListing } from '../listing-notices.ts';

/** Hazard states a major hazard can be listed in: confirmed and not yet verified by the regulator. */
const LISTABLE = ['confirmed', 'rectifying', 'accepting', 'closed', 'handedOver'] as const;

/**
 * 挂牌督办: a regulator lists a major hazard of an enterprise in its remit, with the listing
 * document, requirements and a deadline (a date, or working days from today on the platform's
 * calendar). The enterprise's principal and safety managers are told in their inbox.
 */
export async function createListing(ctx: CommandContext, body: CreateListingBody): Promise<{ id: string }> {
  const { actor } = ctx;
  const enterprise = await findEnterpriseForActor(ctx.db, actor, body.enterpriseId);
  if (!enterprise || enterprise.status !== 'approved') throw notFound('Enterprise');
  if (!mayCreate(actor) || actor.scope.kind !== 'regulator') throw forbidden('supervision.act');
  const regulatorId = actor.scope.regulatorId;
  const hazard = await ctx.db
    .selectFrom('hazards')
    .select(['id', 'name', 'grade', 'state'])
    .where('enterpriseId', '=', enterprise.id)
    .where('id', '=', body.hazardId)
    .executeTakeFirst();
  if (!hazard) throw notFound('Hazard');
  if (hazard.grade !== 'major' || !(LISTABLE as readonly string[]).includes(hazard.state))
    throw listingErrors.notMajor();

  const today = shanghaiCivilDate();
  const calendar = await getWorkingDayCalendar(ctx.db);
  const deadline =
    body.deadline.kind === 'date' ? body.deadline.date : calendar.addWorkingDays(today, body.deadline.days);
  if (deadline <= today) throw listingErrors.deadlineInPast();

  const id = randomUUID();
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('supervisionHazardListings')
      .select('id')
      .where('enterpriseId', '=', enterprise.id)
      .where('hazardId', '=', hazard.id)
      .executeTakeFirst();
    if (existing) throw listingErrors.alreadyListed();
    const row = {
      enterpriseId: enterprise.id,
      id,
      hazardId: hazard.id,
      regulatorId,
      authority: body.authority,
      authorityName: body.authorityName,
      documentNo: body.documentNo,
      requirements: body.requirements,
      deadline,
      deadlineWorkingDays: body.deadline.kind === 'workingDays' ? body.deadline.days : null,
      published: body.published,
      listedBy: actor.userId,
    };
    try {
      await trx.insertInto('supervisionHazardListings').values(row).execute();
    } catch (error) {
      // Two regulators listing the same hazard at once: the unique key decides, the second is told.
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === '23505')
        throw listingErrors.alreadyListed();
      throw error;
    }
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.hazard-listed',
      entityType: 'hazardListing',
      entityId: id,
      enterpriseId: enterprise.id,
      after: { ...row, state: 'rectifying' },
      facts: { hazardId: hazard.id, deadline, published: body.published },
    });
    await notifyListing(
      trx,
      { id, enterpriseId: enterprise.id, hazardName: hazard.name },
      {
        userIds: await enterpriseLeads(trx, enterprise.id),
        kind: 'listed',
        title: '重大事故隐患被挂牌督办',
        body: `${body.authorityName}对重大事故隐患“${hazard.name}”挂牌督办（${body.documentNo}），整改期限 ${deadline}。`,
      },
    );
    return { id };
  });
}
