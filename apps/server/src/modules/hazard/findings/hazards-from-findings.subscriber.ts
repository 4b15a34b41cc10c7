import { randomUUID } from 'node:crypto';
import { tablesOf } from '../../../kernel/index.ts';
import { defineSubscriber } from '../../../platform/events/index.ts';
import type { DB } from '../hazard.database.ts';
import { recordHazard } from '../hazard-record.ts';
import type { FindingReportedEvent } from './finding-facts.ts';

/** The national name field holds 300 characters. */
const NAME_MAX = 300;

/**
 * An abnormal check answer becomes a reported hazard on the unit, event and measure that was
 * checked, linked to the check record, its source the inspection's kind (dangerSrc). The reporter
 * is the person who checked. At least once delivery meets the unique (record, item) index: a
 * redelivered finding registers nothing twice.
 */
export const hazardsFromFindings = defineSubscriber<FindingReportedEvent>({
  id: 'hazard.from-inspection-findings',
  on: ['inspection.finding-reported'],
  async handle(event, ctx) {
    if (event.enterpriseId === null) return;
    const enterpriseId = event.enterpriseId;
    const f = event.payload;
    const db = tablesOf<DB>(ctx.db);
    await db.transaction().execute(async (trx) => {
      const [unit, reporter] = await Promise.all([
        trx
          .selectFrom('riskUnits')
          .select(['name', 'objectId'])
          .where('enterpriseId', '=', enterpriseId)
          .where('id', '=', f.unitId)
          .executeTakeFirst(),
        trx.selectFrom('users').select('name').where('id', '=', f.reportedByUserId).executeTakeFirst(),
      ]);
      const id = randomUUID();
      const name = `${unit?.name ?? ''}：${f.measureContent}未落实`.slice(0, NAME_MAX);
      const values = {
        enterpriseId,
        id,
        name,
        description: f.description,
        dangerSrc: f.dangerSrc,
        foundBy: 'self' as const,
        unitId: f.unitId,
        objectId: unit?.objectId ?? null,
        eventId: f.eventId,
        measureId: f.measureId,
        inspectionRecordId: f.recordId,
        inspectionItemId: f.itemId,
        registeredAt: f.foundAt,
        registrantId: f.reportedByUserId,
      };
      const inserted = await trx
        .insertInto('hazards')
        .values(values)
        .onConflict((oc) =>
          oc
            .columns(['enterpriseId', 'inspectionRecordId', 'inspectionItemId'])
            .where('inspectionRecordId', 'is not', null)
            .doNothing(),
        )
        .returning('id')
        .executeTakeFirst();
      if (!inserted) return;
      const photos = [...new Set(f.photoFileIds)];
      if (photos.length > 0) {
        await trx
          .insertInto('hazardPhotos')
          .values(
            photos.map((fileId) => ({
              enterpriseId,
              hazardId: id,
              fileId,
              kind: 'before' as const,
              uploadedBy: f.reportedByUserId,
            })),
          )
          .execute();
      }
      const audit = {
        actorId: f.reportedByUserId,
        actorName: reporter?.name ?? 'inspection',
        requestId: null,
        ip: null,
      };
      await trx
        .insertInto('hazardSteps')
        .values({
          enterpriseId,
          id: randomUUID(),
          hazardId: id,
          action: 'report',
          fromState: null,
          toState: 'reported',
          actorId: audit.actorId,
          actorName: audit.actorName,
          note: '排查发现',
          at: f.foundAt,
        })
        .execute();
      await recordHazard(trx, audit, {
        action: 'hazard.reported',
        entityType: 'hazard',
        entityId: id,
        enterpriseId,
        after: values,
        facts: { unitId: f.unitId, measureId: f.measureId, dangerSrc: f.dangerSrc },
      });
    });
  },
});
