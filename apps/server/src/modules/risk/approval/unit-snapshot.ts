import { createHash } from 'node:crypto';
import type { RiskSnapshotEvent, RiskUnitSnapshot } from '@shuangkong/contracts';
import type { Kysely } from 'kysely';
import type { DB } from '../risk.database.ts';
import { canonicalJson } from '../../../platform/audit/index.ts';
import type { UnitContent } from '../risk-unit.state.ts';

type StewardRole = UnitContent['stewardRoles'][number];

/** A unit's content now: the snapshot a version stores and a signature hashes, plus readiness facts. */
export type LoadedUnitContent = { snapshot: RiskUnitSnapshot; readiness: UnitContent };

/**
 * Reads one unit's whole chain (events, factors, latest assessments, measures) as a snapshot.
 * Timestamps are left out on purpose: the hash must change when the content does, not when a row
 * is touched. `enterpriseId` must come from a VisibleEnterprise.
 */
export async function loadUnitContent(
  db: Kysely<DB>,
  enterpriseId: string,
  unitId: string,
): Promise<LoadedUnitContent | undefined> {
  const unit = await db
    .selectFrom('riskUnits as u')
    .innerJoin('riskObjects as o', (j) =>
      j.onRef('o.enterpriseId', '=', 'u.enterpriseId').onRef('o.id', '=', 'u.objectId'),
    )
    .select([
      'u.id',
      'u.code',
      'u.name',
      'u.description',
      'u.objectId',
      'o.code as objectCode',
      'o.name as objectName',
      'u.responsibleUnitId',
      'u.responsibleUserId',
      'u.controlTier',
      'u.controlUnitId',
      'u.controlUserId',
      'u.inherentLevel',
      'u.residualLevel',
      'o.isMajorSource',
    ])
    .where('u.enterpriseId', '=', enterpriseId)
    .where('u.id', '=', unitId)
    .executeTakeFirst();
  if (!unit) return undefined;

  const events = await db
    .selectFrom('riskEvents')
    .selectAll()
    .where('enterpriseId', '=', enterpriseId)
    .where('unitId', '=', unitId)
    .orderBy('sort')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  const eventIds = events.map((e) => e.id);
  const none = ['00000000-0000-0000-0000-000000000000'];
  const ids = eventIds.length > 0 ? eventIds : none;
  const [factors, assessments, measures, stewards] = await Promise.all([
    db
      .selectFrom('riskEventFactors')
      .select(['eventId', 'code', 'note'])
      .where('enterpriseId', '=', enterpriseId)
      .where('eventId', 'in', ids)
      .orderBy('code')
      .execute(),
    db
      .selectFrom('riskAssessments')
      .select(['id', 'eventId', 'kind', 'method', 'tableVersion', 'inputs', 'score', 'level', 'explanation'])
      .where('enterpriseId', '=', enterpriseId)
      .where('eventId', 'in', ids)
      .orderBy('assessedAt', 'desc')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('riskControlMeasures')
      .selectAll()
      .where('enterpriseId', '=', enterpriseId)
      .where('eventId', 'in', ids)
      .orderBy('sort')
      .orderBy('createdAt')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('riskObjectStewards')
      .select('role')
      .where('enterpriseId', '=', enterpriseId)
      .where('objectId', '=', unit.objectId)
      .execute(),
  ]);

  const snapshotEvents: RiskSnapshotEvent[] = events.map((e) => {
    const own = assessments.filter((a) => a.eventId === e.id);
    // The event points at its current assessment; without a pointer the latest of the kind counts.
    const pick = (kind: 'inherent' | 'residual', pointer: string | null) => {
      const a = own.find((x) => x.id === pointer) ?? own.find((x) => x.kind === kind);
      return a
        ? {
            id: a.id,
            method: a.method,
            tableVersion: a.tableVersion,
            inputs: a.inputs,
            score: a.score,
            level: a.level,
            explanation: a.explanation,
          }
        : null;
    };
    return {
      id: e.id,
      name: e.name,
      description: e.description,
      accidentTypes1986: e.accidentTypes1986,
      accidentTypes2025: e.accidentTypes2025,
      state: e.state,
      tense: e.tense,
      consequences: e.consequences,
      inherentLevel: e.inherentLevel,
      residualLevel: e.residualLevel,
      factors: factors.filter((f) => f.eventId === e.id).map((f) => ({ code: f.code, note: f.note })),
      inherentAssessment: pick('inherent', e.inherentAssessmentId),
      residualAssessment: pick('residual', e.residualAssessmentId),
      measures: measures
        .filter((m) => m.eventId === e.id)
        .map((m) => ({
          id: m.id,
          kind: m.kind,
          hierarchy: m.hierarchy,
          classify1: m.classify1,
          classify2: m.classify2,
          classify3: m.classify3,
          content: m.content,
          troubleshootContent: m.troubleshootContent,
          failureSign: m.failureSign,
          dataSrc: m.dataSrc,
          responsibleUnitId: m.responsibleUnitId,
          responsibleUserId: m.responsibleUserId,
        })),
    };
  });

  const { isMajorSource, ...unitFields } = unit;
  const snapshot: RiskUnitSnapshot = { unit: unitFields, events: snapshotEvents };
  const readiness: UnitContent = {
    responsibleUserId: unit.responsibleUserId,
    isMajorSource,
    stewardRoles: stewards.map((s): StewardRole => s.role),
    events: snapshotEvents.map((e) => ({
      id: e.id,
      name: e.name,
      inherentLevel: e.inherentLevel,
      residualLevel: e.residualLevel,
      measures: e.measures.map((m) => ({
        kind: m.kind,
        hierarchy: m.hierarchy,
        responsibleUserId: m.responsibleUserId,
        responsibleUnitId: m.responsibleUnitId,
      })),
    })),
  };
  return { snapshot, readiness };
}

/** SHA-256 of the canonical JSON of a unit's content: what a signature attests to. */
export function contentHash(snapshot: RiskUnitSnapshot): string {
  return createHash('sha256').update(canonicalJson(snapshot)).digest('hex');
}
