import type { InspectionItem } from '@shuangkong/contracts';
import type { Selectable } from 'kysely';
import type { InspectionTables } from '../inspection.tables.ts';

type ItemRow = Selectable<InspectionTables['inspectionItems']>;

export function presentItem(row: ItemRow, abilities: { manage: boolean }): InspectionItem {
  return {
    id: row.id,
    measureId: row.measureId,
    unitId: row.unitId,
    unitName: row.unitName,
    eventName: row.eventName,
    measureContent: row.measureContent,
    failureSign: row.failureSign,
    troubleshootContent: row.troubleshootContent,
    responsibleUnitId: row.responsibleUnitId,
    responsibleUserId: row.responsibleUserId,
    postId: row.postId,
    checkCycle: row.checkCycle,
    checkCycleUnit: row.checkCycleUnit,
    workStartTime: row.workStartTime,
    workEndTime: row.workEndTime,
    dayType: row.dayType,
    workType: row.workType,
    retired: row.retiredAt !== null,
    photoRequired: row.photoRequired,
    version: row.version,
    // A retired item keeps its history but is no longer scheduled, so there is nothing to edit.
    abilities: { edit: abilities.manage && row.retiredAt === null },
  };
}
