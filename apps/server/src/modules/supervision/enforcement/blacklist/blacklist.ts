import { randomUUID } from 'node:crypto';
import type { AddBlacklistBody, BlacklistEntry, BlacklistPublication } from '@shuangkong/contracts';
import { notFound } from '../../../../kernel/index.ts';
import { shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import { can, enterpriseVisibleTo } from '../../../identity/index.ts';
import type { CommandContext, Db } from '../../supervision.database.ts';
import { recordSupervision } from '../../supervision-record.ts';
import { enforcementErrors } from '../enforcement.errors.ts';
import { regulatorOf } from '../enforcement-scope.ts';
import { addEnterpriseRecord, removeEnterpriseRecord } from '../enterprise-record.ts';

/** 黑名单 (失信联合惩戒): adds an enterprise in remit, with the legal basis and the decision. */
export async function addToBlacklist(
  ctx: CommandContext,
  body: AddBlacklistBody,
  now = new Date(),
): Promise<{ id: string }> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.act');
  if (body.decidedOn > shanghaiCivilDate(now)) throw enforcementErrors.decidedInFuture('body.decidedOn');
  return addEnterpriseRecord(ctx, {
    table: 'blacklistEntries',
    row: { ...body, id: randomUUID(), regulatorId, addedBy: ctx.actor.userId, addedAt: now },
    // Each department lists on its own decision, so another's entry does not stand in the way.
    activeOncePer: { regulatorId },
    ifActive: enforcementErrors.alreadyBlacklisted,
    audit: { action: 'supervision.blacklist-added', entityType: 'blacklistEntry' },
    facts: { decisionNo: body.decisionNo },
  });
}

/** Removes an entry (移出), with the reason; the entry stays in the history. */
export async function removeFromBlacklist(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  reason: string,
  now = new Date(),
) {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.act');
  await removeEnterpriseRecord(ctx, {
    table: 'blacklistEntries',
    regulatorId,
    enterpriseId,
    id,
    reason,
    now,
    ifMissing: () => notFound('Blacklist entry'),
    ifRemoved: enforcementErrors.alreadyRemoved,
    audit: { action: 'supervision.blacklist-removed', entityType: 'blacklistEntry' },
    facts: () => ({ reason }),
  });
}

/** The blacklist entries of enterprises in remit (any regulator's: the list is public anyway). */
export async function listBlacklist(ctx: CommandContext, scope: 'active' | 'all'): Promise<BlacklistEntry[]> {
  regulatorOf(ctx.actor, 'supervision.read');
  let q = ctx.db
    .selectFrom('blacklistEntries as b')
    .innerJoin('enterprises as e', 'e.id', 'b.enterpriseId')
    .innerJoin('regulators as r', 'r.id', 'b.regulatorId')
    .selectAll('b')
    .select(['e.name as enterpriseName', 'e.creditCode', 'r.name as regulatorName'])
    .where(enterpriseVisibleTo(ctx.actor));
  if (scope === 'active') q = q.where('b.removedAt', 'is', null);
  const rows = await q.orderBy('b.addedAt', 'desc').limit(1000).execute();
  const mayAct = can(ctx.actor, 'supervision.act');
  return rows.map((b) => ({
    id: b.id,
    enterpriseId: b.enterpriseId,
    enterpriseName: b.enterpriseName,
    creditCode: b.creditCode,
    regulatorName: b.regulatorName,
    legalBasis: b.legalBasis,
    reason: b.reason,
    decisionNo: b.decisionNo,
    decidedOn: b.decidedOn,
    addedAt: b.addedAt.toISOString(),
    removedAt: b.removedAt?.toISOString() ?? null,
    removalReason: b.removalReason,
    canRemove: mayAct && b.removedAt === null && b.regulatorId === ctx.actor.regulatorId,
  }));
}

/** The first day of a quarter. */
const quarterStart = (year: number, quarter: number) =>
  `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;

/**
 * 每季度集中发布 (seed 002): publishes the regulator's active entries as a snapshot of the quarter,
 * once per quarter, from the quarter's first day on; later changes do not alter what was published.
 */
export async function publishBlacklist(
  ctx: CommandContext,
  year: number,
  quarter: number,
  now = new Date(),
): Promise<{ id: string }> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.act');
  if (quarterStart(year, quarter) > shanghaiCivilDate(now)) throw enforcementErrors.quarterNotEnded();
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const published = await trx
      .selectFrom('blacklistPublications')
      .select('id')
      .where('regulatorId', '=', regulatorId)
      .where('year', '=', year)
      .where('quarter', '=', quarter)
      .executeTakeFirst();
    if (published) throw enforcementErrors.quarterPublished();
    const entries = await trx
      .selectFrom('blacklistEntries as b')
      .innerJoin('enterprises as e', 'e.id', 'b.enterpriseId')
      .select([
        'e.name as enterpriseName',
        'e.creditCode',
        'b.legalBasis',
        'b.reason',
        'b.decisionNo',
        'b.decidedOn',
      ])
      .where('b.regulatorId', '=', regulatorId)
      .where('b.removedAt', 'is', null)
      .orderBy('b.decidedOn')
      .orderBy('e.name')
      .execute();
    await trx
      .insertInto('blacklistPublications')
      .values({
        id,
        regulatorId,
        year,
        quarter,
        entries: JSON.stringify(entries),
        publishedBy: ctx.actor.userId,
        publishedAt: now,
      })
      .execute();
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.blacklist-published',
      entityType: 'blacklistPublication',
      entityId: id,
      enterpriseId: null,
      after: { year, quarter, entries },
      facts: { year, quarter, entryCount: entries.length },
    });
  });
  return { id };
}

function publications(db: Db) {
  return db
    .selectFrom('blacklistPublications as p')
    .innerJoin('regulators as r', 'r.id', 'p.regulatorId')
    .select([
      'p.id',
      'p.regulatorId',
      'r.name as regulatorName',
      'p.year',
      'p.quarter',
      'p.publishedAt',
      'p.entries',
    ]);
}
const presentPublication = (p: {
  id: string;
  regulatorName: string;
  year: number;
  quarter: number;
  publishedAt: Date;
  entries: BlacklistPublication['entries'];
}): BlacklistPublication => ({
  id: p.id,
  regulatorName: p.regulatorName,
  year: p.year,
  quarter: p.quarter,
  publishedAt: p.publishedAt.toISOString(),
  entries: p.entries,
});

/** The regulator's quarterly publications, newest first. */
export async function listBlacklistPublications(ctx: CommandContext): Promise<BlacklistPublication[]> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.read');
  const rows = await publications(ctx.db)
    .where('p.regulatorId', '=', regulatorId)
    .orderBy('p.year', 'desc')
    .orderBy('p.quarter', 'desc')
    .execute();
  return rows.map(presentPublication);
}

/** Anyone: each regulator's latest published quarter. */
export async function publicBlacklist(db: Db): Promise<BlacklistPublication[]> {
  const rows = await publications(db)
    .orderBy('p.year', 'desc')
    .orderBy('p.quarter', 'desc')
    .limit(500)
    .execute();
  const seen = new Set<string>();
  return rows
    .filter((r) => (seen.has(r.regulatorId) ? false : (seen.add(r.regulatorId), true)))
    .map(presentPublication);
}
