import {
  riskRevisionEntry,
  riskRevisionSummary,
  type RiskRevisionEntry,
  type RiskRevisionSummary,
} from '@shuangkong/contracts';
import { z } from 'zod';

type ListRow = {
  revision: number;
  note: string;
  summary: unknown;
  publishedBy: string | null;
  publishedByName: string | null;
  publishedAt: Date;
};

const storedSnapshot = z.object({ units: z.array(riskRevisionEntry) });

/** A stored revision snapshot, parsed so a shape drift fails here, not in the browser. */
export const parseRevisionUnits = (snapshot: unknown): RiskRevisionEntry[] =>
  storedSnapshot.parse(snapshot).units;

export function presentRevisionListItem(row: ListRow) {
  return {
    revision: row.revision,
    note: row.note,
    summary: riskRevisionSummary.parse(row.summary),
    publishedBy: row.publishedBy,
    publishedByName: row.publishedByName,
    publishedAt: row.publishedAt.toISOString(),
  };
}

export function presentRevision(row: ListRow & { snapshot: unknown }) {
  return { ...presentRevisionListItem(row), units: parseRevisionUnits(row.snapshot) };
}

/** Counts for the revision list: units, events, measures, and units and events by level. */
export function summarise(units: readonly RiskRevisionEntry[]): RiskRevisionSummary {
  const zero = () => ({ major: 0, significant: 0, general: 0, low: 0 });
  const summary: RiskRevisionSummary = {
    units: units.length,
    events: 0,
    measures: 0,
    unitsByLevel: zero(),
    eventsByLevel: zero(),
  };
  for (const u of units) {
    const level = u.snapshot.unit.residualLevel;
    if (level) summary.unitsByLevel[level] += 1;
    for (const e of u.snapshot.events) {
      summary.events += 1;
      summary.measures += e.measures.length;
      if (e.residualLevel) summary.eventsByLevel[e.residualLevel] += 1;
    }
  }
  return summary;
}
