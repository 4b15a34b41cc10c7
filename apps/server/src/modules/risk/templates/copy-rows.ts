import { defaultDataSrc } from './data-src.ts';
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { DB } from '../risk.database.ts';
import type { ExpandedEvent } from './expand-template.ts';

/** Rows a template copy inserts, collected first so each table takes one multi-row insert. */
export type CopyRows = {
  objects: Insertable<DB['riskObjects']>[];
  units: Insertable<DB['riskUnits']>[];
  events: Insertable<DB['riskEvents']>[];
  factors: Insertable<DB['riskEventFactors']>[];
  assessments: Insertable<DB['riskAssessments']>[];
  measures: Insertable<DB['riskControlMeasures']>[];
  history: Insertable<DB['riskUnitLevelHistory']>[];
};

export const emptyCopyRows = (): CopyRows => ({
  objects: [],
  units: [],
  events: [],
  factors: [],
  assessments: [],
  measures: [],
  history: [],
});

/** One template event as register rows: the event, its factors, both assessment snapshots and its measures. */
export function addEventRows(
  rows: CopyRows,
  enterpriseId: string,
  unitId: string,
  sort: number,
  event: ExpandedEvent,
  actorId: string,
): void {
  const eventId = randomUUID();
  const inherentId = randomUUID();
  const residualId = randomUUID();
  rows.events.push({
    enterpriseId,
    id: eventId,
    unitId,
    name: event.name,
    accidentTypes1986: event.accidentTypes1986,
    accidentTypes2025: event.accidentTypes2025,
    state: event.state,
    tense: event.tense,
    consequences: event.consequences,
    inherentLevel: event.inherentResult.level,
    residualLevel: event.residualResult.level,
    inherentAssessmentId: inherentId,
    residualAssessmentId: residualId,
    sort,
  });
  for (const code of event.factorCodes) rows.factors.push({ enterpriseId, eventId, code });
  const snapshot = (id: string, kind: 'inherent' | 'residual') => {
    const result = kind === 'inherent' ? event.inherentResult : event.residualResult;
    return {
      enterpriseId,
      id,
      eventId,
      kind,
      method: 'lec' as const,
      tableVersion: result.tableVersion,
      inputs: JSON.stringify(event[kind]),
      score: result.score,
      level: result.level,
      band: result.band === null ? null : JSON.stringify(result.band),
      explanation: result.explanation,
      assessedBy: actorId,
    };
  };
  rows.assessments.push(snapshot(inherentId, 'inherent'), snapshot(residualId, 'residual'));
  event.measures.forEach((m, measureSort) =>
    rows.measures.push({
      enterpriseId,
      id: randomUUID(),
      eventId,
      kind: m.kind,
      hierarchy: m.hierarchy,
      classify1: m.classify1,
      classify2: m.classify2,
      classify3: null,
      content: m.content,
      troubleshootContent: m.troubleshootContent,
      failureSign: m.failureSign,
      dataSrc: defaultDataSrc(m),
      responsibleUnitId: null,
      responsibleUserId: null,
      sort: measureSort,
    }),
  );
}
