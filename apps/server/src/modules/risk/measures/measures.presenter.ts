import { compareControlHierarchy, dataSrcNationalCode, type ControlMeasure } from '@shuangkong/contracts';
import { iso } from '../units/units.presenter.ts';
import type { MeasureRow } from './measures.repository.ts';

export function presentMeasure(row: MeasureRow): ControlMeasure {
  return {
    id: row.id,
    eventId: row.eventId,
    kind: row.kind,
    hierarchy: row.hierarchy,
    classify1: row.classify1,
    classify2: row.classify2,
    classify3: row.classify3,
    content: row.content,
    troubleshootContent: row.troubleshootContent,
    failureSign: row.failureSign,
    dataSrc: row.dataSrc,
    dataSrcCode: dataSrcNationalCode[row.dataSrc],
    responsibleUnitId: row.responsibleUnitId,
    responsibleUserId: row.responsibleUserId,
    sort: row.sort,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

/**
 * An event's measures split as the register prints them: control measures by the hierarchy of
 * controls (elimination first, PPE last, then their own order), emergency measures apart.
 */
export function groupMeasures(rows: readonly MeasureRow[]): {
  measures: ControlMeasure[];
  emergencyMeasures: ControlMeasure[];
} {
  const controls = rows.filter((m) => m.kind === 'control');
  const sorted = [...controls].sort((a, b) =>
    a.hierarchy && b.hierarchy
      ? compareControlHierarchy(a.hierarchy, b.hierarchy) || a.sort - b.sort
      : a.sort - b.sort,
  );
  return {
    measures: sorted.map(presentMeasure),
    emergencyMeasures: rows.filter((m) => m.kind === 'emergency').map(presentMeasure),
  };
}
