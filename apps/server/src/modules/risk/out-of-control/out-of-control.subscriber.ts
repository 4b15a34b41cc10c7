import { defineSubscriber } from '../../../platform/events/index.ts';
import { tablesOf } from '../../../kernel/index.ts';
import type { DB } from '../risk.database.ts';
import type { InspectionCheckEvent, CheckMissedFacts, CheckRecordedFacts } from './inspection-facts.ts';
import { clearOutOfControl } from './clear-out-of-control.ts';
import { markOutOfControl } from './mark-out-of-control.ts';

const audit = { actorId: null, actorName: 'risk.out-of-control', requestId: null, ip: null };

/**
 * 失控 marks from inspection (ADR 0012): a missed check marks its unit and raises its level, a
 * later completed check of the unit clears the mark. Reacts to inspection's events because risk
 * is upstream of it and cannot call it.
 */
export const outOfControlFromChecks = defineSubscriber<InspectionCheckEvent>({
  id: 'risk.out-of-control',
  on: ['inspection.check-missed', 'inspection.check-recorded'],
  async handle(event, ctx) {
    if (event.enterpriseId === null) return;
    const db = tablesOf<DB>(ctx.db);
    const ref = { id: event.id, enterpriseId: event.enterpriseId };
    if (event.type === 'inspection.check-missed') {
      await markOutOfControl(db, audit, ref, event.payload as CheckMissedFacts);
    } else {
      await clearOutOfControl(db, audit, ref, event.payload as CheckRecordedFacts);
    }
  },
});
