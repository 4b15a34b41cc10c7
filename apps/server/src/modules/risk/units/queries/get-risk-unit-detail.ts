import { safetySignsOf, type RiskUnitDetail } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import type { Actor } from '../../../identity/index.ts';
import { currentRound } from '../../approval/approval-round.ts';
import { listSignatures } from '../../approval/approval.repository.ts';
import { presentAssessment } from '../../assessments/assessments.presenter.ts';
import { findAssessments } from '../../assessments/assessments.repository.ts';
import { presentEvent } from '../../events/events.presenter.ts';
import { findEventsOfUnit, findFactors } from '../../events/events.repository.ts';
import { presentEvidence, presentHistory } from '../../evidence/evidence.presenter.ts';
import { findActiveEvidence, findLevelHistory } from '../../evidence/evidence.repository.ts';
import { groupMeasures } from '../../measures/measures.presenter.ts';
import { findMeasuresOfEvents } from '../../measures/measures.repository.ts';
import { findObject } from '../../objects/objects.repository.ts';
import { unitAbilities, type UnitAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { presentSteward } from '../../stewards/stewards.presenter.ts';
import { findStewards } from '../../stewards/stewards.repository.ts';
import { findTierMap } from '../../tiers/tiers.repository.ts';
import { presentUnit } from '../units.presenter.ts';
import { findUnit } from '../units.repository.ts';

/**
 * Everything about one unit on one page: events with factors, latest assessments (with their
 * explanations) and measures, steps, posts, the object's stewards, active evidence and level
 * history. A fixed number of queries, each by the unit or its events.
 */
export async function getRiskUnitDetail(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  unitId: string,
): Promise<{ data: RiskUnitDetail; abilities: UnitAbilities }> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  const unit = await findUnit(db, enterprise, unitId);
  if (!unit) throw notFound('Risk unit');
  const [object, events, steps, posts, signs, stewards, evidence, history, rules, signers] =
    await Promise.all([
      findObject(db, enterprise, unit.objectId),
      findEventsOfUnit(db, enterprise, unitId),
      db
        .selectFrom('riskUnitSteps')
        .select(['id', 'kind', 'seq', 'name', 'standard'])
        .where('enterpriseId', '=', enterprise.id)
        .where('unitId', '=', unitId)
        .orderBy('seq')
        .orderBy('id')
        .execute(),
      db
        .selectFrom('riskUnitPosts as p')
        .innerJoin('orgUnits as o', (j) =>
          j.onRef('o.enterpriseId', '=', 'p.enterpriseId').onRef('o.id', '=', 'p.postId'),
        )
        .select(['o.id', 'o.name'])
        .where('p.enterpriseId', '=', enterprise.id)
        .where('p.unitId', '=', unitId)
        .orderBy('o.sort')
        .orderBy('o.name')
        .execute(),
      db
        .selectFrom('riskUnitSafetySigns')
        .select('signCode')
        .where('enterpriseId', '=', enterprise.id)
        .where('unitId', '=', unitId)
        .execute(),
      findStewards(db, enterprise, unit.objectId),
      findActiveEvidence(db, enterprise, unitId),
      findLevelHistory(db, enterprise, unitId),
      findTierMap(db, enterprise),
      listSignatures(db, enterprise, unitId).then(currentRound),
    ]);
  if (!object) throw notFound('Risk object');
  const eventIds = events.map((e) => e.id);
  const assessmentIds = events.flatMap((e) =>
    [e.inherentAssessmentId, e.residualAssessmentId].filter((id): id is string => id !== null),
  );
  const [factors, measures, assessments] = await Promise.all([
    findFactors(db, enterprise, eventIds),
    findMeasuresOfEvents(db, enterprise, eventIds),
    findAssessments(db, enterprise, assessmentIds),
  ]);
  const assessmentById = new Map(assessments.map((a) => [a.id, presentAssessment(a)]));
  const lookup = (id: string | null) => (id === null ? null : (assessmentById.get(id) ?? null));
  return {
    data: {
      unit: presentUnit(unit, rules),
      object: {
        id: object.id,
        code: object.code,
        name: object.name,
        kind: object.kind,
        isMajorSource: object.isMajorSource,
        majorSourceCode: object.majorSourceCode,
        majorSourceGrade: object.majorSourceGrade,
      },
      events: events.map((e) => ({
        ...presentEvent(e, factors),
        inherentAssessment: lookup(e.inherentAssessmentId),
        residualAssessment: lookup(e.residualAssessmentId),
        ...groupMeasures(measures.filter((m) => m.eventId === e.id)),
      })),
      steps,
      posts,
      safetySigns: safetySignsOf(signs.map((s) => s.signCode)),
      stewards: stewards.map(presentSteward),
      evidence: evidence.map(presentEvidence),
      levelHistory: history.map(presentHistory),
    },
    abilities: unitAbilities(actor, enterprise, { status: unit.status, ...signers }),
  };
}
