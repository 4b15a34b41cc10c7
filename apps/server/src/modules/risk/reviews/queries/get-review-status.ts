import type { Db } from '../../risk.database.ts';
import type { Actor } from '../../../identity/index.ts';
import { registerAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { reviewCycle, reviewIntervalYears, shanghaiDate } from '../review-cycle.ts';
import { loadReviewFacts, unitsNeedingReassessment } from '../reviews.repository.ts';

/** The enterprise's full re-assessment cycle and the units flagged for re-assessment. */
export async function reviewStatusOf(db: Db, enterprise: VisibleEnterprise, now = new Date()) {
  const [facts, units] = await Promise.all([
    loadReviewFacts(db, enterprise),
    unitsNeedingReassessment(db, enterprise),
  ]);
  const intervalYears = reviewIntervalYears(enterprise);
  const cycle = reviewCycle({
    intervalYears,
    lastFullReviewAt: facts.lastFullReviewAt,
    firstApprovedAt: facts.firstApprovedAt ? shanghaiDate(facts.firstApprovedAt) : null,
    today: shanghaiDate(now),
  });
  return {
    intervalYears,
    lastFullReviewAt: facts.lastFullReviewAt,
    ...cycle,
    unitsNeedingReassessment: units.map((u) => ({
      unitId: u.unitId,
      code: u.code,
      name: u.name,
      reason: u.reassessmentReason ?? '',
    })),
  };
}

/** The review status with what the caller may record. */
export async function getReviewStatus(db: Db, actor: Actor, enterpriseId: string) {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  const abilities = registerAbilities(actor, enterprise);
  return {
    data: await reviewStatusOf(db, enterprise),
    abilities: { canRecordFullReview: abilities.canConfigure, canRecordChange: abilities.canRecordChange },
  };
}
