import type { HazardDetail } from '@shuangkong/contracts';
import { can, notFound, type Actor } from '../../../kernel/index.ts';
import { getWorkingDayCalendar, shanghaiCivilDate } from '../../../platform/calendar/index.ts';
import type { Db } from '../hazard.database.ts';
import { hazardAbilities, mayReport } from '../hazard.policy.ts';
import type { HazardScope } from '../hazard-scope.ts';
import { hazardDue } from './hazard-due.ts';
import { isOverdue } from '../hazard.state.ts';
import { signatureVerified } from '../signatures/hazard-signature.ts';
import { reporterNameFor } from './hazard-list.ts';

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

async function namesOf(db: Db, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * One hazard as its page shows it: the national fields, photos, the treatment plan, every step,
 * the signatures re-verified against their content, extensions, and what this user may do now.
 */
export async function hazardDetail(
  db: Db,
  actor: Actor,
  scope: HazardScope,
  id: string,
): Promise<HazardDetail> {
  let q = db.selectFrom('hazards').selectAll().where('enterpriseId', '=', scope.id).where('id', '=', id);
  if (scope.majorOnly) q = q.where('grade', '=', 'major');
  const h = await q.executeTakeFirst();
  if (!h) throw notFound('Hazard');
  const own = { enterpriseId: scope.id, hazardId: id } as const;
  const [photos, steps, signatures, extensions, plan, unit] = await Promise.all([
    db
      .selectFrom('hazardPhotos')
      .selectAll()
      .where('enterpriseId', '=', own.enterpriseId)
      .where('hazardId', '=', own.hazardId)
      .orderBy('createdAt')
      .execute(),
    db
      .selectFrom('hazardSteps')
      .selectAll()
      .where('enterpriseId', '=', own.enterpriseId)
      .where('hazardId', '=', own.hazardId)
      .orderBy('at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('hazardSignatures')
      .selectAll()
      .where('enterpriseId', '=', own.enterpriseId)
      .where('hazardId', '=', own.hazardId)
      .orderBy('signedAt')
      .execute(),
    db
      .selectFrom('hazardExtensions')
      .selectAll()
      .where('enterpriseId', '=', own.enterpriseId)
      .where('hazardId', '=', own.hazardId)
      .orderBy('requestedAt')
      .execute(),
    db
      .selectFrom('hazardRectificationPlans')
      .selectAll()
      .where('enterpriseId', '=', scope.id)
      .where('hazardId', '=', id)
      .executeTakeFirst(),
    h.unitId
      ? db
          .selectFrom('riskUnits')
          .select('name')
          .where('enterpriseId', '=', scope.id)
          .where('id', '=', h.unitId)
          .executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  const names = await namesOf(db, [h.ownerUserId, h.registrantId, h.acceptorId, plan?.ownerUserId ?? null]);
  const today = shanghaiCivilDate();
  const calendar = await getWorkingDayCalendar(db);
  const facts = {
    actorId: actor.userId,
    actorIsSafetyManager: actor.roles.includes('safetyManager'),
    reporterId: h.registrantId,
    rectifiedBy: h.rectifiedBy,
    grade: h.grade,
    rectificationType: h.rectificationType,
    planSubmitted: plan !== undefined,
    extensionPending: extensions.some((e) => e.state === 'requested'),
    hasReason: true,
    ownerUserId: h.ownerUserId,
  };
  const machine = hazardAbilities(actor, scope, h.state, facts);
  const recurring =
    h.measureId !== null &&
    (await db
      .selectFrom('hazards')
      .select('id')
      .where('enterpriseId', '=', scope.id)
      .where('measureId', '=', h.measureId)
      .where('id', '<>', h.id)
      .where('registeredAt', '<=', h.registeredAt)
      .where('registeredAt', '>=', new Date(new Date(h.registeredAt).getTime() - 90 * 86_400_000))
      .executeTakeFirst()) !== undefined;
  return {
    id: h.id,
    enterpriseId: h.enterpriseId,
    name: h.name,
    state: h.state,
    grade: h.grade,
    dangerSrc: h.dangerSrc,
    rectificationType: h.rectificationType,
    unitId: h.unitId,
    unitName: unit?.name ?? null,
    ownerUserId: h.ownerUserId,
    ownerName: h.ownerUserId ? (names.get(h.ownerUserId) ?? null) : null,
    reporterName: reporterNameFor(actor, h, h.registrantId ? (names.get(h.registrantId) ?? null) : null),
    registeredAt: new Date(h.registeredAt).toISOString(),
    deadline: h.deadline,
    overdue: isOverdue(h.state, h.deadline, today),
    due: hazardDue(calendar, h.state, h.deadline, today),
    recurring,
    hasBeforePhoto: photos.some((p) => p.kind === 'before'),
    description: h.description,
    cause: h.cause,
    foundBy: h.foundBy,
    hazardType: h.hazardType,
    managementClassification: h.managementClassification,
    occurrenceLink: h.occurrenceLink,
    majorCriterionKey: h.majorCriterionKey,
    eventId: h.eventId,
    measureId: h.measureId,
    inspectionRecordId: h.inspectionRecordId,
    enforcementId: h.enforcementId,
    location: h.location,
    measures: h.measures,
    cost: h.cost === null ? null : Number(h.cost),
    acceptorName: h.acceptorId ? (names.get(h.acceptorId) ?? null) : null,
    acceptedAt: iso(h.acceptedAt),
    acceptanceComment: h.acceptanceComment,
    mergedIntoId: h.mergedIntoId,
    plan: plan
      ? {
          ownerUserId: plan.ownerUserId,
          ownerName: names.get(plan.ownerUserId) ?? null,
          goal: plan.goal,
          measures: plan.measures,
          funds: Number(plan.funds),
          materials: plan.materials,
          organisation: plan.organisation,
          deadline: plan.deadline,
          contingency: plan.contingency,
          protectiveMeasures: plan.protectiveMeasures,
          approvedAt: iso(plan.approvedAt),
        }
      : null,
    photos: photos.map((p) => ({
      fileId: p.fileId,
      kind: p.kind,
      url: `/api/v1/files/${p.fileId}`,
      uploadedAt: new Date(p.createdAt).toISOString(),
    })),
    timeline: steps.map((s) => ({
      id: s.id,
      action: s.action as HazardDetail['timeline'][number]['action'],
      fromState: s.fromState,
      toState: s.toState,
      actorName: s.actorName,
      at: new Date(s.at).toISOString(),
      note: s.note,
    })),
    signatures: signatures.map((s) => ({
      id: s.id,
      kind: s.kind,
      signerUserId: s.signerId,
      signerName: s.signerName,
      signedAt: new Date(s.signedAt).toISOString(),
      contentSha256: s.contentSha256,
      verified: signatureVerified(s),
    })),
    extensions: extensions.map((e) => ({
      id: e.id,
      reason: e.reason,
      oldDeadline: e.oldDeadline,
      newDeadline: e.newDeadline,
      state: e.state,
      requestedAt: new Date(e.requestedAt).toISOString(),
      decidedAt: iso(e.decidedAt),
    })),
    abilities: {
      ...machine,
      submitPlan:
        scope.isOwn &&
        can(actor, 'hazard.manage') &&
        h.state === 'confirmed' &&
        h.grade === 'major' &&
        !plan?.approvedAt,
      uploadPhoto: mayReport(actor, scope),
    },
  };
}
