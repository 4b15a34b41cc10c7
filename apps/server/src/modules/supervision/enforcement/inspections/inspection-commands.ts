import { randomUUID } from 'node:crypto';
import type { AddPenaltyBody, CreateInspectionBody, RecordInspectionBody } from '@shuangkong/contracts';
import { notFound } from '../../../../kernel/index.ts';
import { getWorkingDayCalendar, shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import { registerRegulatorFinding } from '../../../hazard/index.ts';
import type { CommandContext, Trx } from '../../supervision.database.ts';
import { recordSupervision } from '../../supervision-record.ts';
import { enforcementErrors } from '../enforcement.errors.ts';
import { enterpriseInRemit, regulatorOf } from '../enforcement-scope.ts';
import { addEnterpriseRecord, removeEnterpriseRecord } from '../enterprise-record.ts';
import { planInspection } from './plan-inspection.ts';

/** The regulator's own inspection of an enterprise in its remit, locked; anyone else gets 404. */
export async function ownInspection(
  trx: Trx,
  ctx: CommandContext,
  regulatorId: string,
  enterpriseId: string,
  id: string,
) {
  await enterpriseInRemit(trx, ctx.actor, enterpriseId);
  const row = await trx
    .selectFrom('enforcementInspections')
    .selectAll()
    .where('enterpriseId', '=', enterpriseId)
    .where('id', '=', id)
    .where('regulatorId', '=', regulatorId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('Enforcement inspection');
  return row;
}

/** People by id who may inspect for this regulator (its inspectors) or as experts. */
async function namesOf(trx: Trx, regulatorId: string, ids: string[], expert: boolean, field: string) {
  if (ids.length === 0) return [];
  const rows = await trx
    .selectFrom('users as u')
    .innerJoin('userRoles as r', 'r.userId', 'u.id')
    .select(['u.id', 'u.name'])
    .distinct()
    .where('u.id', 'in', ids)
    .where('u.status', '=', 'active')
    .where((eb) =>
      expert
        ? eb('r.role', '=', 'expert')
        : eb.and([
            eb('u.regulatorId', '=', regulatorId),
            eb('r.role', 'in', ['inspector', 'regulatorAdmin']),
          ]),
    )
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  return [...new Set(ids)].map((id) => {
    const name = byId.get(id);
    if (name === undefined) throw enforcementErrors.notInPool(field);
    return { id, name };
  });
}

/**
 * Plans an inspection outside the draw: a key inspection (重点检查), an expert inspection of a key
 * enterprise (with experts or an agency), or one on a complaint. Random ones come from draws only.
 */
export async function createInspection(
  ctx: CommandContext,
  body: CreateInspectionBody,
): Promise<{ id: string }> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.act');
  const id = await ctx.db.transaction().execute(async (trx) => {
    await enterpriseInRemit(trx, ctx.actor, body.enterpriseId);
    const inspectors = await namesOf(trx, regulatorId, body.inspectorIds, false, 'body.inspectorIds');
    const experts = await namesOf(trx, regulatorId, body.expertIds, true, 'body.expertIds');
    const conflicted = await trx
      .selectFrom('enforcementConflicts')
      .select('inspectorId')
      .where('enterpriseId', '=', body.enterpriseId)
      .where('inspectorId', 'in', [...body.inspectorIds, ...body.expertIds])
      .where('removedAt', 'is', null)
      .executeTakeFirst();
    if (conflicted) throw enforcementErrors.conflicted();
    return planInspection(trx, ctx, {
      enterpriseId: body.enterpriseId,
      regulatorId,
      kind: body.kind,
      drawId: null,
      inspectors,
      experts,
      agencyName: body.agencyName,
      plannedOn: body.plannedOn,
    });
  });
  return { id };
}

/**
 * 执法检查记录: the day, what was found, and for each finding an order to rectify by a deadline in
 * working days (责令限期整改). Each finding enters the enterprise's own hazard register in the same
 * transaction, found by the regulator, so the order and the hazard never exist one without the other.
 */
export async function recordInspection(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  body: RecordInspectionBody,
  now = new Date(),
): Promise<{ hazardIds: string[] }> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.act');
  if (body.inspectedOn > shanghaiCivilDate(now)) throw enforcementErrors.inspectedInFuture();
  return ctx.db.transaction().execute(async (trx) => {
    const before = await ownInspection(trx, ctx, regulatorId, enterpriseId, id);
    if (before.state !== 'planned') throw enforcementErrors.alreadyRecorded();
    const regulator = await trx
      .selectFrom('regulators')
      .select('name')
      .where('id', '=', regulatorId)
      .executeTakeFirstOrThrow();
    const calendar = await getWorkingDayCalendar(trx);
    const hazardIds: string[] = [];
    let seq = 0;
    for (const f of body.findings) {
      seq += 1;
      const deadline = calendar.addWorkingDays(body.inspectedOn, f.rectifyWithinWorkingDays);
      const hazardId = await registerRegulatorFinding(trx, ctx.audit, {
        enterpriseId,
        name: f.description.slice(0, 60),
        description: f.legalBasis ? `${f.description}\n依据：${f.legalBasis}` : f.description,
        grade: f.grade,
        deadline,
        enforcementId: f.orderNo,
        regulatorName: regulator.name,
        byExperts: before.kind === 'expert',
        foundAt: new Date(`${body.inspectedOn}T02:00:00Z`),
      });
      hazardIds.push(hazardId);
      await trx
        .insertInto('enforcementFindings')
        .values({
          enterpriseId,
          id: randomUUID(),
          inspectionId: id,
          seq,
          description: f.description,
          legalBasis: f.legalBasis,
          grade: f.grade,
          orderNo: f.orderNo,
          deadline,
          hazardId,
        })
        .execute();
    }
    const after = {
      state: 'recorded' as const,
      inspectedOn: body.inspectedOn,
      summary: body.summary,
      recordedBy: ctx.actor.userId,
      updatedAt: now,
    };
    await trx
      .updateTable('enforcementInspections')
      .set(after)
      .where('enterpriseId', '=', enterpriseId)
      .where('id', '=', id)
      .execute();
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.enforcement-inspection-recorded',
      entityType: 'enforcementInspection',
      entityId: id,
      enterpriseId,
      before: { state: before.state },
      after: { ...after, findings: body.findings, hazardIds },
      facts: { findingCount: body.findings.length, hazardIds },
    });
    return { hazardIds };
  });
}

/** 一公开: publishes a recorded inspection's result on the public list. */
export async function publishInspection(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  now = new Date(),
): Promise<void> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.act');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await ownInspection(trx, ctx, regulatorId, enterpriseId, id);
    if (before.state !== 'recorded') throw enforcementErrors.notRecorded();
    if (before.isPublished) return;
    await trx
      .updateTable('enforcementInspections')
      .set({ isPublished: true, publishedAt: now, updatedAt: now })
      .where('enterpriseId', '=', enterpriseId)
      .where('id', '=', id)
      .execute();
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.enforcement-results-published',
      entityType: 'enforcementInspection',
      entityId: id,
      enterpriseId,
      before: { isPublished: false },
      after: { isPublished: true, publishedAt: now.toISOString() },
    });
  });
}

/** 行政处罚 and other measures: kind, amount (fines only), decision number and date. */
export async function addPenalty(
  ctx: CommandContext,
  body: AddPenaltyBody,
  now = new Date(),
): Promise<{ id: string }> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.act');
  if ((body.kind === 'fine') !== (body.amountFen !== null)) throw enforcementErrors.fineNeedsAmount();
  if (body.decidedAt > shanghaiCivilDate(now)) throw enforcementErrors.decidedInFuture('body.decidedAt');
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await enterpriseInRemit(trx, ctx.actor, body.enterpriseId);
    if (body.inspectionId !== null)
      await ownInspection(trx, ctx, regulatorId, body.enterpriseId, body.inspectionId);
    const row = { ...body, id, regulatorId, recordedBy: ctx.actor.userId };
    await trx.insertInto('enforcementPenalties').values(row).execute();
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.penalty-recorded',
      entityType: 'enforcementPenalty',
      entityId: id,
      enterpriseId: body.enterpriseId,
      after: row,
      facts: { kind: body.kind, decidedAt: body.decidedAt },
    });
  });
  return { id };
}

/** Whether the person inspects for the regulator (its inspectors and admins) or is an expert. */
async function inspectsFor(trx: Trx, regulatorId: string, userId: string): Promise<boolean> {
  const person = await trx
    .selectFrom('users as u')
    .innerJoin('userRoles as r', 'r.userId', 'u.id')
    .select('u.id')
    .where('u.id', '=', userId)
    .where((eb) =>
      eb.or([
        eb.and([eb('u.regulatorId', '=', regulatorId), eb('r.role', 'in', ['inspector', 'regulatorAdmin'])]),
        eb('r.role', '=', 'expert'),
      ]),
    )
    .executeTakeFirst();
  return person !== undefined;
}

/** Records that an inspector or expert must never inspect an enterprise (利害关系回避). */
export async function addConflict(
  ctx: CommandContext,
  body: { enterpriseId: string; inspectorId: string; reason: string },
): Promise<{ id: string }> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.act');
  return addEnterpriseRecord(ctx, {
    table: 'enforcementConflicts',
    row: { ...body, id: randomUUID(), regulatorId, recordedBy: ctx.actor.userId },
    check: async (trx) => {
      if (!(await inspectsFor(trx, regulatorId, body.inspectorId)))
        throw enforcementErrors.notInPool('body.inspectorId');
    },
    // A conflict bars the person whichever regulator recorded it (draws read them all): one is enough.
    activeOncePer: { inspectorId: body.inspectorId },
    ifActive: enforcementErrors.conflictExists,
    audit: { action: 'supervision.conflict-recorded', entityType: 'enforcementConflict' },
    facts: { inspectorId: body.inspectorId },
  });
}

/** Ends a recorded conflict, with the reason. */
export async function removeConflict(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  reason: string,
  now = new Date(),
) {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.act');
  // The register shows active conflicts only, so an ended one is simply not found any more.
  const missing = () => notFound('Conflict of interest');
  await removeEnterpriseRecord(ctx, {
    table: 'enforcementConflicts',
    regulatorId,
    enterpriseId,
    id,
    reason,
    now,
    ifMissing: missing,
    ifRemoved: missing,
    audit: { action: 'supervision.conflict-removed', entityType: 'enforcementConflict' },
    facts: (before) => ({ inspectorId: before.inspectorId }),
  });
}
