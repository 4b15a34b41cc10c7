import type { InspectionTask } from '@shuangkong/contracts';
import type { listTasks } from './tasks.repository.ts';

type TaskRow = Awaited<ReturnType<typeof listTasks>>[number];

export function presentTask(
  row: TaskRow,
  abilities: { check: boolean },
  scanRequired: boolean,
): InspectionTask {
  return {
    id: row.id,
    itemId: row.itemId,
    measureId: row.measureId,
    unitId: row.unitId,
    unitName: row.unitName,
    measureContent: row.measureContent,
    failureSign: row.failureSign,
    troubleshootContent: row.troubleshootContent,
    periodStart: row.periodStart,
    dueDate: row.dueDate,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    checkCycle: row.checkCycle,
    checkCycleUnit: row.checkCycleUnit,
    dayType: row.dayType,
    workType: row.workType,
    kind: row.kind,
    planId: row.planId,
    planName: row.planName,
    status: row.status,
    photoRequired: row.photoRequired,
    scanRequired,
    abilities,
  };
}
