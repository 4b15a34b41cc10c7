import type { OutOfServicePeriod } from '@shuangkong/contracts';
import type { Selectable } from 'kysely';
import type { InspectionTables } from '../inspection.tables.ts';

export function presentOutOfService(
  row: Selectable<InspectionTables['inspectionOutOfService']>,
  abilities: { manage: boolean },
): OutOfServicePeriod {
  return {
    id: row.id,
    unitId: row.unitId,
    startAt: row.startAt.toISOString(),
    endAt: row.endAt === null ? null : row.endAt.toISOString(),
    reason: row.reason,
    abilities: { edit: abilities.manage },
  };
}
