import { sql, type SqlBool } from 'kysely';
import type { InspectionRecordList, InspectionRecordListQuery } from '@shuangkong/contracts';
import { forbidden } from '../../../kernel/index.ts';
import type { Actor } from '../../../kernel/index.ts';
import type { Db } from '../inspection.database.ts';
import { mayManage, mayRead } from '../inspection.policy.ts';
import { InspectionScope } from '../inspection-scope.ts';
import { presentRecord } from '../tasks/commands/submit-record.ts';

/** Sent this long after it was made, a record was queued on a phone (or typed in later). */
const LATE_MS = 10 * 60_000;

type Cursor = { at: string; id: string };
const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decode(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    return typeof c.at === 'string' && typeof c.id === 'string' ? c : null;
  } catch {
    return null;
  }
}

/**
 * 排查记录: the enterprise's records newest first, each with its task's unit and measure, the
 * answers with their photos (flagged when captured outside the task's window), whether it was
 * sent late, what corrects it, and whether it waits for review.
 */
export async function listRecords(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  query: InspectionRecordListQuery,
): Promise<InspectionRecordList> {
  const scope = await InspectionScope.load(db, actor, enterpriseId);
  if (!mayRead(actor)) throw forbidden('inspection.read');
  let q = db
    .selectFrom('inspectionRecords as r')
    .innerJoin('inspectionTasks as t', (j) =>
      j.onRef('t.enterpriseId', '=', 'r.enterpriseId').onRef('t.id', '=', 'r.taskId'),
    )
    .innerJoin('inspectionItems as i', (j) =>
      j.onRef('i.enterpriseId', '=', 't.enterpriseId').onRef('i.id', '=', 't.itemId'),
    )
    .leftJoin('users as v', 'v.id', 'r.reviewedBy')
    .select([
      'r.id',
      'r.taskId',
      'r.checkTime',
      'r.checkStatus',
      'r.isSteward',
      'r.byMobile',
      'r.scanned',
      'r.submittedAt',
      'r.duplicateOf',
      'r.correctsRecordId',
      'r.needsReview',
      'r.checkedBy',
      'r.checkedByName',
      'r.note',
      'r.reviewedAt',
      'v.name as reviewedByName',
      't.unitId',
      't.startsAt',
      't.endsAt',
      'i.unitName',
      'i.measureContent',
    ])
    .where('r.enterpriseId', '=', scope.id);
  if (query.from)
    q = q.where(sql<SqlBool>`(r.check_time at time zone 'Asia/Shanghai')::date >= ${query.from}::date`);
  if (query.to)
    q = q.where(sql<SqlBool>`(r.check_time at time zone 'Asia/Shanghai')::date <= ${query.to}::date`);
  if (query.unitId) q = q.where('t.unitId', '=', query.unitId);
  if (query.taskId) q = q.where('r.taskId', '=', query.taskId);
  if (query.checkedBy) q = q.where('r.checkedBy', '=', query.checkedBy);
  if (query.checkStatus) q = q.where('r.checkStatus', '=', query.checkStatus);
  if (query.needsReview !== undefined) q = q.where('r.needsReview', '=', query.needsReview);
  const cursor = decode(query.cursor);
  if (cursor) {
    const at = new Date(cursor.at);
    q = q.where((eb) =>
      eb.or([eb('r.checkTime', '<', at), eb.and([eb('r.checkTime', '=', at), eb('r.id', '<', cursor.id)])]),
    );
  }
  const rows = await q
    .orderBy('r.checkTime', 'desc')
    .orderBy('r.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const ids = page.map((r) => r.id);
  const [answers, corrections] = ids.length
    ? await Promise.all([
        db
          .selectFrom('inspectionRecordAnswers')
          .select(['recordId', 'itemId', 'answer', 'note', 'photoFileIds'])
          .where('enterpriseId', '=', scope.id)
          .where('recordId', 'in', ids)
          .execute(),
        db
          .selectFrom('inspectionRecords')
          .select(['id', 'correctsRecordId'])
          .where('enterpriseId', '=', scope.id)
          .where('correctsRecordId', 'in', ids)
          .orderBy('checkTime')
          .execute(),
      ])
    : [[], []];
  const fileIds = [...new Set(answers.flatMap((a) => a.photoFileIds))];
  const files = fileIds.length
    ? await db
        .selectFrom('files')
        .select(['id', 'capturedAt', 'gpsLat', 'gpsLng'])
        .where('enterpriseId', '=', scope.id)
        .where('id', 'in', fileIds)
        .execute()
    : [];
  const capturedAt = new Map(files.map((f) => [f.id, f.capturedAt ? new Date(f.capturedAt) : null]));
  const gps = new Map(
    files.map((f) => [
      f.id,
      f.gpsLat !== null && f.gpsLng !== null ? { lat: f.gpsLat, lng: f.gpsLng } : null,
    ]),
  );
  const manage = mayManage(actor, scope);
  const last = page.at(-1);
  return {
    data: page.map((r) => {
      const startsAt = new Date(r.startsAt);
      const endsAt = new Date(r.endsAt);
      return {
        ...presentRecord(r),
        unitId: r.unitId,
        unitName: r.unitName,
        measureContent: r.measureContent,
        checkedByName: r.checkedByName,
        note: r.note,
        windowStart: startsAt.toISOString(),
        windowEnd: endsAt.toISOString(),
        late: new Date(r.submittedAt).getTime() - new Date(r.checkTime).getTime() > LATE_MS,
        correctedBy: corrections.filter((c) => c.correctsRecordId === r.id).map((c) => c.id),
        reviewedByName: r.reviewedByName,
        reviewedAt: r.reviewedAt ? new Date(r.reviewedAt).toISOString() : null,
        answers: answers
          .filter((a) => a.recordId === r.id)
          .map((a) => ({
            itemId: a.itemId,
            answer: a.answer,
            note: a.note,
            photos: a.photoFileIds.map((fileId) => {
              const at = capturedAt.get(fileId) ?? null;
              return {
                fileId,
                url: `/api/v1/files/${fileId}`,
                capturedAt: at ? at.toISOString() : null,
                gps: gps.get(fileId) ?? null,
                outsideWindow: at !== null && (at < startsAt || at >= endsAt),
              };
            }),
          })),
        abilities: {
          review: manage && r.needsReview,
          // The checker corrects their own record; a manager any record.
          correct: scope.isOwn && (manage || r.checkedBy === actor.userId),
        },
      };
    }),
    nextCursor:
      rows.length > query.limit && last
        ? encode({ at: new Date(last.checkTime).toISOString(), id: last.id })
        : null,
  };
}
