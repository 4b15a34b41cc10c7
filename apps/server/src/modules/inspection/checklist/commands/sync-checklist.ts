import { randomUUID } from 'node:crypto';
import { type AuditContext, tablesOf, type WithTables } from '../../../../kernel/index.ts';
import type { DB } from '../../inspection.database.ts';
import { recordInspection } from '../../inspection-record.ts';
import { shanghaiDate } from '../../schedule/shanghai-time.ts';

export type ChecklistSyncResult = { created: number; updated: number; retired: number };

/** The fields an item copies from the register; a change to any of them updates the item. */
const COPIED = [
  'eventId',
  'unitId',
  'unitName',
  'eventName',
  'measureContent',
  'failureSign',
  'troubleshootContent',
  'responsibleUnitId',
  'responsibleUserId',
] as const;

/**
 * Brings an enterprise's checklist in line with its register: one item per control measure kept
 * under control by investigation (dataSrc 'investigation') on a unit that is not archived. A new
 * measure gets an item with a daily cycle to be tuned; a changed one updates its copy; a measure
 * deleted, archived with its unit or switched to monitoring retires its item, which keeps its tasks
 * and records and gets no new tasks. Reads the register as it is now, so it is safe to run at any
 * time and any number of times (the register's events and the sync button both call it).
 */
export async function syncChecklist(
  db: WithTables<DB>,
  audit: AuditContext,
  enterpriseId: string,
  now: Date = new Date(),
): Promise<ChecklistSyncResult> {
  return tablesOf<DB>(db)
    .transaction()
    .execute(async (trx) => {
      // One sync per enterprise at a time, so two events arriving together do not both insert.
      await trx
        .selectFrom('enterprises')
        .select('id')
        .where('id', '=', enterpriseId)
        .forUpdate()
        .executeTakeFirst();
      const measures = await trx
        .selectFrom('riskControlMeasures as m')
        .innerJoin('riskEvents as e', (j) =>
          j.onRef('e.enterpriseId', '=', 'm.enterpriseId').onRef('e.id', '=', 'm.eventId'),
        )
        .innerJoin('riskUnits as u', (j) =>
          j.onRef('u.enterpriseId', '=', 'e.enterpriseId').onRef('u.id', '=', 'e.unitId'),
        )
        .select([
          'm.id as measureId',
          'm.eventId',
          'e.unitId',
          'u.name as unitName',
          'e.name as eventName',
          'm.content as measureContent',
          'm.failureSign',
          'm.troubleshootContent',
          'm.responsibleUnitId',
          'm.responsibleUserId',
        ])
        .where('m.enterpriseId', '=', enterpriseId)
        .where('m.dataSrc', '=', 'investigation')
        .where('u.archivedAt', 'is', null)
        .execute();
      const items = await trx
        .selectFrom('inspectionItems')
        .selectAll()
        .where('enterpriseId', '=', enterpriseId)
        .execute();
      const byMeasure = new Map(items.map((item) => [item.measureId, item]));
      const today = shanghaiDate(now);
      const result: ChecklistSyncResult = { created: 0, updated: 0, retired: 0 };

      for (const measure of measures) {
        const item = byMeasure.get(measure.measureId);
        if (item === undefined) {
          await trx
            .insertInto('inspectionItems')
            .values({ enterpriseId, id: randomUUID(), ...measure, activeFrom: today })
            .execute();
          result.created += 1;
          continue;
        }
        const changed = COPIED.some((key) => item[key] !== measure[key]);
        if (!changed && item.retiredAt === null) continue;
        await trx
          .updateTable('inspectionItems')
          .set({
            ...measure,
            // A revived item starts its cycles again from today rather than owing the gap.
            ...(item.retiredAt !== null ? { retiredAt: null, activeFrom: today } : {}),
            updatedAt: now,
            version: item.version + 1,
          })
          .where('enterpriseId', '=', enterpriseId)
          .where('id', '=', item.id)
          .execute();
        result.updated += 1;
      }

      const current = new Set(measures.map((m) => m.measureId));
      const gone = items.filter((item) => item.retiredAt === null && !current.has(item.measureId));
      if (gone.length > 0) {
        await trx
          .updateTable('inspectionItems')
          .set((eb) => ({ retiredAt: now, updatedAt: now, version: eb('version', '+', 1) }))
          .where('enterpriseId', '=', enterpriseId)
          .where(
            'id',
            'in',
            gone.map((item) => item.id),
          )
          .execute();
        result.retired = gone.length;
      }

      if (result.created + result.updated + result.retired > 0) {
        await recordInspection(trx, audit, {
          action: 'inspection.items-synced',
          entityType: 'inspectionChecklist',
          entityId: enterpriseId,
          enterpriseId,
          after: result,
          facts: result,
        });
      }
      return result;
    });
}
