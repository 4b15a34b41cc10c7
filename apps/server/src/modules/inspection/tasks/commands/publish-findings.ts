import { randomUUID } from 'node:crypto';
import type { AuditContext } from '../../../../kernel/index.ts';
import type { Trx } from '../../inspection.database.ts';
import { recordInspection } from '../../inspection-record.ts';

export type FindingSource = {
  enterpriseId: string;
  recordId: string;
  task: { id: string; itemId: string; unitId: string; kind: number };
  answers: readonly { itemId: string; answer: string; note: string; photoFileIds?: readonly string[] }[];
  reportedByUserId: string;
  foundAt: Date;
};

/**
 * Each abnormal answer of a record is a finding the hazard module registers as a reported hazard
 * (its source the task's kind, dangerSrc): one 'inspection.finding-reported' event per answer,
 * in the record's transaction. Returns how many it published.
 */
export async function publishFindings(trx: Trx, audit: AuditContext, s: FindingSource): Promise<number> {
  const findings = s.answers.filter((a) => a.answer === 'abnormal');
  if (findings.length === 0) return 0;
  const item = await trx
    .selectFrom('inspectionItems')
    .select(['eventId', 'measureId', 'failureSign', 'measureContent'])
    .where('enterpriseId', '=', s.enterpriseId)
    .where('id', '=', s.task.itemId)
    .executeTakeFirstOrThrow();
  for (const a of findings) {
    await recordInspection(trx, audit, {
      action: 'inspection.finding-reported',
      entityType: 'inspectionRecord',
      entityId: s.recordId,
      enterpriseId: s.enterpriseId,
      after: { itemId: a.itemId, note: a.note },
      facts: {
        findingId: randomUUID(),
        recordId: s.recordId,
        taskId: s.task.id,
        itemId: a.itemId,
        unitId: s.task.unitId,
        eventId: item.eventId,
        measureId: item.measureId,
        description: a.note || item.failureSign || `${item.measureContent}：检查异常`,
        measureContent: item.measureContent,
        photoFileIds: [...(a.photoFileIds ?? [])],
        reportedByUserId: s.reportedByUserId,
        foundAt: s.foundAt.toISOString(),
        dangerSrc: s.task.kind,
      },
    });
  }
  return findings.length;
}
