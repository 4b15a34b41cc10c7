import { tablesOf } from '../../../kernel/index.ts';
import { defineSubscriber } from '../../../platform/events/index.ts';
import type { DB } from '../risk.database.ts';
import { recordRisk } from '../risk-record.ts';

/** What risk reads from hazard's confirmation (declared here: risk does not import hazard). */
type HazardConfirmedEvent = {
  type: 'hazard.confirmed';
  payload: { unitId: string | null; measureId: string | null; grade: string };
};

const audit = { actorId: null, actorName: 'risk.failed-measures', requestId: null, ip: null };

/**
 * A confirmed hazard on a control measure means the measure failed (seed 000: 管控措施失效): its
 * unit is flagged for re-assessment with the measure named, and shows on the dashboard and the
 * 待办 until it is re-assessed and approved. Flagging twice changes nothing more.
 */
export const failedMeasures = defineSubscriber<HazardConfirmedEvent>({
  id: 'risk.failed-measures',
  on: ['hazard.confirmed'],
  async handle(event, ctx) {
    const { measureId } = event.payload;
    if (event.enterpriseId === null || measureId === null) return;
    const enterpriseId = event.enterpriseId;
    const db = tablesOf<DB>(ctx.db);
    await db.transaction().execute(async (trx) => {
      const measure = await trx
        .selectFrom('riskControlMeasures as m')
        .innerJoin('riskEvents as e', (j) =>
          j.onRef('e.enterpriseId', '=', 'm.enterpriseId').onRef('e.id', '=', 'm.eventId'),
        )
        .innerJoin('riskUnits as u', (j) =>
          j.onRef('u.enterpriseId', '=', 'e.enterpriseId').onRef('u.id', '=', 'e.unitId'),
        )
        .select(['m.content', 'u.id as unitId', 'u.reassessmentReason', 'u.archivedAt'])
        .where('m.enterpriseId', '=', enterpriseId)
        .where('m.id', '=', measureId)
        .executeTakeFirst();
      if (!measure || measure.archivedAt !== null) return;
      const reason = `控制措施失效：${measure.content}`;
      if (measure.reassessmentReason === reason) return;
      await trx
        .updateTable('riskUnits')
        .set({ needsReassessment: true, reassessmentReason: reason, updatedAt: new Date() })
        .where('enterpriseId', '=', enterpriseId)
        .where('id', '=', measure.unitId)
        .execute();
      await recordRisk(trx, audit, {
        enterpriseId,
        action: 'risk.measure-failed',
        entityType: 'riskUnit',
        entityId: measure.unitId,
        before: { reassessmentReason: measure.reassessmentReason },
        after: { needsReassessment: true, reassessmentReason: reason },
        facts: { unitId: measure.unitId, measureId, hazardId: event.entityId },
      });
    });
  },
});
