import type { RiskRegisterDiff, RiskLevel } from '@shuangkong/contracts';

export type DiffChange = 'added' | 'removed' | 'changed';
export type DiffEntity = 'unit' | 'event' | 'measure';

/** One line of the comparison: what changed, under which unit, and the field-level details. */
export type DiffRow = {
  key: string;
  change: DiffChange;
  entity: DiffEntity;
  unit: string;
  title: string;
  levelChanges: { kind: 'inherent' | 'residual'; from: RiskLevel | null; to: RiskLevel | null }[];
  fields: { field: string; from: string; to: string }[];
  /** A level went up: shown first and in red. */
  isEscalation: boolean;
};

const rank: Readonly<Record<RiskLevel, number>> = { low: 0, general: 1, significant: 2, major: 3 };

/** A stored value as a short readable string. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(showValue).join('、') || '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function escalates(changes: DiffRow['levelChanges']): boolean {
  return changes.some((c) => c.to !== null && (c.from === null || rank[c.to] > rank[c.from]));
}

/** Flattens the server's register diff into rows: escalations first, then units, events, measures. */
export function diffRows(diff: RiskRegisterDiff): DiffRow[] {
  const rows: DiffRow[] = [];
  const label = (u: { code: string; name: string }) => `${u.code} ${u.name}`;
  for (const u of diff.unitsAdded) {
    rows.push({
      key: `ua-${u.unitId}`,
      change: 'added',
      entity: 'unit',
      unit: label(u),
      title: label(u),
      levelChanges: [],
      fields: [],
      isEscalation: false,
    });
  }
  for (const u of diff.unitsRemoved) {
    rows.push({
      key: `ur-${u.unitId}`,
      change: 'removed',
      entity: 'unit',
      unit: label(u),
      title: label(u),
      levelChanges: [],
      fields: [],
      isEscalation: false,
    });
  }
  for (const u of diff.unitsChanged) {
    const unit = label(u);
    const fields = u.fields.map((f) => ({ field: f.field, from: showValue(f.from), to: showValue(f.to) }));
    if (fields.length > 0 || u.levelChanges.length > 0) {
      rows.push({
        key: `uc-${u.unitId}`,
        change: 'changed',
        entity: 'unit',
        unit,
        title: `${unit}（v${u.fromVersion} → v${u.toVersion}）`,
        levelChanges: u.levelChanges,
        fields,
        isEscalation: escalates(u.levelChanges),
      });
    }
    for (const e of u.eventsAdded) {
      rows.push({
        key: `ea-${e.eventId}`,
        change: 'added',
        entity: 'event',
        unit,
        title: e.name,
        levelChanges: [],
        fields: [],
        isEscalation: false,
      });
    }
    for (const e of u.eventsRemoved) {
      rows.push({
        key: `er-${e.eventId}`,
        change: 'removed',
        entity: 'event',
        unit,
        title: e.name,
        levelChanges: [],
        fields: [],
        isEscalation: false,
      });
    }
    for (const e of u.eventsChanged) {
      rows.push({
        key: `ec-${e.eventId}`,
        change: 'changed',
        entity: 'event',
        unit,
        title: e.name,
        levelChanges: e.levelChanges,
        fields: e.fields.map((f) => ({ field: f.field, from: showValue(f.from), to: showValue(f.to) })),
        isEscalation: escalates(e.levelChanges),
      });
    }
    for (const m of u.measuresAdded) {
      rows.push({
        key: `ma-${m.measureId}`,
        change: 'added',
        entity: 'measure',
        unit,
        title: m.content,
        levelChanges: [],
        fields: [],
        isEscalation: false,
      });
    }
    for (const m of u.measuresRemoved) {
      rows.push({
        key: `mr-${m.measureId}`,
        change: 'removed',
        entity: 'measure',
        unit,
        title: m.content,
        levelChanges: [],
        fields: [],
        isEscalation: false,
      });
    }
    for (const m of u.measuresChanged) {
      rows.push({
        key: `mc-${m.measureId}`,
        change: 'changed',
        entity: 'measure',
        unit,
        title: m.content,
        levelChanges: [],
        fields: m.fields.map((f) => ({ field: f.field, from: showValue(f.from), to: showValue(f.to) })),
        isEscalation: false,
      });
    }
  }
  // Stable: escalations float to the top, everything else keeps the server's order.
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => Number(b.r.isEscalation) - Number(a.r.isEscalation) || a.i - b.i)
    .map((x) => x.r);
}

/** Counts by change kind for the summary line. */
export function diffCounts(rows: readonly DiffRow[]): Record<DiffChange, number> {
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const r of rows) counts[r.change] += 1;
  return counts;
}
