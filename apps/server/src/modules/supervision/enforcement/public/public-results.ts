import type { PublicInspectionResult } from '@shuangkong/contracts';
import type { Db } from '../../supervision.database.ts';

/**
 * 一公开: published inspection results for anyone, with published fields only — the enterprise's
 * name, the department, the day, the conclusion, how many orders, the penalties' kinds and decision
 * numbers, and for a random inspection the draw's seed and digest. No people, no findings' text.
 */
export async function publicInspectionResults(db: Db, limit: number): Promise<PublicInspectionResult[]> {
  const rows = await db
    .selectFrom('enforcementInspections as i')
    .innerJoin('enterprises as e', 'e.id', 'i.enterpriseId')
    .innerJoin('regulators as r', 'r.id', 'i.regulatorId')
    .leftJoin('randomDraws as d', 'd.id', 'i.drawId')
    .select([
      'i.id',
      'i.enterpriseId',
      'e.name as enterpriseName',
      'r.name as regulatorName',
      'i.kind',
      'i.inspectedOn',
      'i.summary',
      'i.publishedAt',
      'd.seed as drawSeed',
      'd.resultDigest as drawDigest',
    ])
    .select((eb) =>
      eb
        .selectFrom('enforcementFindings as f')
        .select((s) => s.fn.countAll<string>().as('n'))
        .whereRef('f.enterpriseId', '=', 'i.enterpriseId')
        .whereRef('f.inspectionId', '=', 'i.id')
        .as('findingCount'),
    )
    .where('i.isPublished', '=', true)
    .orderBy('i.publishedAt', 'desc')
    .limit(limit)
    .execute();
  const penalties =
    rows.length === 0
      ? []
      : await db
          .selectFrom('enforcementPenalties')
          .select(['inspectionId', 'kind', 'decisionNo', 'decidedAt'])
          .where(
            'inspectionId',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('decidedAt')
          .execute();
  return rows.map((r) => ({
    id: r.id,
    enterpriseName: r.enterpriseName,
    regulatorName: r.regulatorName,
    kind: r.kind,
    inspectedOn: r.inspectedOn ?? '',
    summary: r.summary ?? '',
    findingCount: Number(r.findingCount ?? 0),
    penalties: penalties
      .filter((p) => p.inspectionId === r.id)
      .map((p) => ({ kind: p.kind, decisionNo: p.decisionNo, decidedAt: p.decidedAt })),
    drawSeed: r.drawSeed,
    drawDigest: r.drawDigest,
    publishedAt: r.publishedAt?.toISOString() ?? '',
  }));
}
