import { randomUUID } from 'node:crypto';
import type {
  BulletinDetail,
  BulletinSnapshot,
  BulletinSummary,
  IssueBulletinBody,
} from '@shuangkong/contracts';
import { can, forbidden, notFound } from '../../../../kernel/index.ts';
import { shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import { enterpriseVisibleTo, type Actor } from '../../../identity/index.ts';
import type { CommandContext, Db } from '../../supervision.database.ts';
import { recordSupervision } from '../../supervision-record.ts';
import { assignmentErrors } from '../assignment.errors.ts';
import { notifyEnterprise } from '../assignment-notices.ts';
import { actsAsRegulator } from '../assignment.policy.ts';
import { formatDocumentNumber, nextDocumentSeq } from '../document-number.ts';
import { buildBulletinSnapshot, bulletinTitle, type BulletinFact } from './bulletin-snapshot.ts';

const civil = (d: Date | string | null) => (d === null ? null : shanghaiCivilDate(new Date(d)));

/** The facts of every registered risk in the actor's remit. */
async function factsInRemit(db: Db, actor: Actor): Promise<BulletinFact[]> {
  const rows = await db
    .selectFrom('supervisionAssignments as a')
    .innerJoin('enterprises as e', 'e.id', 'a.enterpriseId')
    .innerJoin('riskUnits as u', (j) =>
      j.onRef('u.enterpriseId', '=', 'a.enterpriseId').onRef('u.id', '=', 'a.unitId'),
    )
    .select((eb) => [
      'a.enterpriseId',
      'e.name as enterpriseName',
      'u.name as unitName',
      'a.state',
      'a.gradedLevel',
      'a.currentLevel',
      'a.gradedOn',
      'a.assignDueOn',
      'a.docNumber',
      'a.issuedAt',
      'a.acknowledgedAt',
      'a.verifyDueOn',
      'a.closedAt',
      'a.lapsedAt',
      eb
        .selectFrom('supervisionCloseOuts as c')
        .select((x) => x.fn.max('c.requestedAt').as('at'))
        .whereRef('c.enterpriseId', '=', 'a.enterpriseId')
        .whereRef('c.assignmentId', '=', 'a.id')
        .as('closeOutRequestedAt'),
    ])
    .where('e.status', '=', 'approved')
    .where(enterpriseVisibleTo(actor))
    .execute();
  return rows.map((r) => ({
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterpriseName,
    unitName: r.unitName,
    state: r.state,
    gradedLevel: r.gradedLevel,
    currentLevel: r.currentLevel,
    gradedOn: r.gradedOn,
    assignDueOn: r.assignDueOn,
    docNumber: r.docNumber,
    issuedOn: civil(r.issuedAt),
    acknowledgedOn: civil(r.acknowledgedAt),
    closeOutRequestedOn: civil(r.closeOutRequestedAt as Date | null),
    verifyDueOn: r.verifyDueOn,
    closedOn: civil(r.closedAt),
    lapsedOn: civil(r.lapsedAt),
  }));
}

/**
 * 周调度 / 月通报: the regulator issues a snapshot of its remit for the period under its next
 * document number; it is published to the enterprises it names (their inbox).
 */
export async function issueBulletin(ctx: CommandContext, body: IssueBulletinBody) {
  if (!actsAsRegulator(ctx.actor)) throw forbidden('supervision.act');
  const regulatorId = ctx.actor.regulatorId!;
  const today = shanghaiCivilDate();
  const snapshot = buildBulletinSnapshot(
    await factsInRemit(ctx.db, ctx.actor),
    { start: body.periodStart, end: body.periodEnd },
    today,
  );
  if (snapshot.enterprises.length === 0) throw assignmentErrors.nothingToReport();
  return ctx.db.transaction().execute(async (trx) => {
    const regulator = await trx
      .selectFrom('regulators')
      .select('name')
      .where('id', '=', regulatorId)
      .executeTakeFirstOrThrow();
    const year = Number(today.slice(0, 4));
    const seq = await nextDocumentSeq(trx, regulatorId, body.kind, year);
    const docNumber = formatDocumentNumber(regulator.name, body.kind, year, seq);
    const id = randomUUID();
    const title = bulletinTitle(body.kind, regulator.name, body.periodStart, body.periodEnd);
    const row = {
      id,
      regulatorId,
      kind: body.kind,
      periodStart: body.periodStart,
      periodEnd: body.periodEnd,
      docNumber,
      docYear: year,
      docSeq: seq,
      title,
      snapshot: JSON.stringify(snapshot),
      issuedAt: new Date(),
      issuedBy: ctx.actor.userId,
      issuedByName: ctx.actor.name,
    };
    await trx.insertInto('supervisionBulletins').values(row).execute();
    await trx
      .insertInto('supervisionBulletinRecipients')
      .values(snapshot.enterprises.map((e) => ({ enterpriseId: e.enterpriseId, bulletinId: id })))
      .execute();
    for (const e of snapshot.enterprises) {
      await notifyEnterprise(trx, e.enterpriseId, {
        kind: body.kind === 'weeklyDispatch' ? 'dispatch-issued' : 'notice-issued',
        title: `${regulator.name} ${docNumber}`,
        body: title,
        link: `/supervision/bulletins/${id}`,
        params: { docNumber, issuer: regulator.name, title },
      });
    }
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.bulletin-issued',
      entityType: 'supervisionBulletin',
      entityId: id,
      enterpriseId: null,
      after: { ...row, snapshot: snapshot.totals },
      facts: { kind: body.kind, docNumber, enterprises: snapshot.enterprises.length },
    });
    return { id, docNumber };
  });
}

function bulletinRows(db: Db) {
  return db
    .selectFrom('supervisionBulletins as b')
    .innerJoin('regulators as r', 'r.id', 'b.regulatorId')
    .select((eb) => [
      'b.id',
      'b.kind',
      'r.name as regulatorName',
      'b.periodStart',
      'b.periodEnd',
      'b.docNumber',
      'b.title',
      'b.issuedAt',
      'b.issuedByName',
      'b.snapshot',
      eb
        .selectFrom('supervisionBulletinRecipients as x')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('x.bulletinId', '=', 'b.id')
        .as('enterprises'),
    ]);
}
type BulletinRow = Awaited<ReturnType<ReturnType<typeof bulletinRows>['executeTakeFirstOrThrow']>>;

function presentSummary(r: BulletinRow): BulletinSummary {
  return {
    id: r.id,
    kind: r.kind,
    regulatorName: r.regulatorName,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    docNumber: r.docNumber,
    title: r.title,
    issuedAt: new Date(r.issuedAt).toISOString(),
    issuedByName: r.issuedByName,
    enterprises: Number(r.enterprises ?? 0),
  };
}

function parseSnapshot(raw: unknown): BulletinSnapshot {
  return (typeof raw === 'string' ? JSON.parse(raw) : raw) as BulletinSnapshot;
}

/** A regulator's own documents (its staff read them; another regulator's are not its business). */
export async function listRegulatorBulletins(db: Db, actor: Actor): Promise<BulletinSummary[]> {
  if (!can(actor, 'supervision.read') || actor.regulatorId === null) throw forbidden('supervision.read');
  const rows = await bulletinRows(db)
    .where('b.regulatorId', '=', actor.regulatorId)
    .orderBy('b.issuedAt', 'desc')
    .limit(200)
    .execute();
  return rows.map(presentSummary);
}

export async function getRegulatorBulletin(db: Db, actor: Actor, id: string): Promise<BulletinDetail> {
  if (!can(actor, 'supervision.read') || actor.regulatorId === null) throw forbidden('supervision.read');
  const row = await bulletinRows(db)
    .where('b.regulatorId', '=', actor.regulatorId)
    .where('b.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Bulletin');
  return { ...presentSummary(row), snapshot: parseSnapshot(row.snapshot) };
}

/** The bulletins published to an enterprise (scope proven by the caller). */
export async function listEnterpriseBulletins(db: Db, enterpriseId: string): Promise<BulletinSummary[]> {
  const rows = await bulletinRows(db)
    .innerJoin('supervisionBulletinRecipients as me', 'me.bulletinId', 'b.id')
    .where('me.enterpriseId', '=', enterpriseId)
    .orderBy('b.issuedAt', 'desc')
    .limit(200)
    .execute();
  return rows.map(presentSummary);
}

/** One published bulletin as the enterprise reads it: the totals and its own section only. */
export async function getEnterpriseBulletin(
  db: Db,
  enterpriseId: string,
  id: string,
): Promise<BulletinDetail> {
  const row = await bulletinRows(db)
    .innerJoin('supervisionBulletinRecipients as me', 'me.bulletinId', 'b.id')
    .where('me.enterpriseId', '=', enterpriseId)
    .where('b.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Bulletin');
  const snapshot = parseSnapshot(row.snapshot);
  return {
    ...presentSummary(row),
    snapshot: {
      ...snapshot,
      enterprises: snapshot.enterprises.filter((e) => e.enterpriseId === enterpriseId),
    },
  };
}
