import { tablesOf, type WithTables } from '../../../../kernel/index.ts';
import type { DB } from '../../inspection.database.ts';
import { recordInspection, systemAudit } from '../../inspection-record.ts';

const BATCH = 500;

/**
 * Marks pending tasks whose window has closed as not checked (未排查) and records one
 * 'inspection.check-missed' event each, which risk turns into the unit's out-of-control mark.
 * Works in batches, each one transaction with its events; the status guard makes a re-run or a
 * concurrent run skip what is already marked. Returns how many it marked.
 */
export async function markMissedChecks(dbHandle: WithTables<DB>, now: Date = new Date()): Promise<number> {
  const db = tablesOf<DB>(dbHandle);
  const audit = systemAudit('inspection.mark-missed');
  let total = 0;
  for (;;) {
    const marked = await db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('inspectionTasks')
        .select(['enterpriseId', 'id'])
        .where('status', '=', 'pending')
        .where('endsAt', '<=', now)
        .orderBy('endsAt')
        .limit(BATCH)
        .forUpdate()
        .skipLocked()
        .execute();
      if (due.length === 0) return 0;
      let count = 0;
      for (const task of due) {
        const row = await trx
          .updateTable('inspectionTasks')
          .set({ status: 'notChecked' })
          .where('enterpriseId', '=', task.enterpriseId)
          .where('id', '=', task.id)
          .where('status', '=', 'pending')
          .returning(['itemId', 'unitId', 'endsAt'])
          .executeTakeFirst();
        if (row === undefined) continue;
        count += 1;
        await recordInspection(trx, audit, {
          action: 'inspection.check-missed',
          entityType: 'inspectionTask',
          entityId: task.id,
          enterpriseId: task.enterpriseId,
          before: { status: 'pending' },
          after: { status: 'notChecked' },
          facts: {
            taskId: task.id,
            itemId: row.itemId,
            unitId: row.unitId,
            endsAt: row.endsAt.toISOString(),
          },
        });
      }
      return count;
    });
    total += marked;
    if (marked < BATCH) return total;
  }
}
