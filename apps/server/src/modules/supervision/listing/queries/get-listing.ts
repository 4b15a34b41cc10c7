import type { ListingDetail } from '@shuangkong/contracts';
import { getWorkingDayCalendar, shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import type { Actor } from '../../../identity/index.ts';
import type { Db } from '../../supervision.database.ts';
import { listingAbilities } from '../listing.policy.ts';
import type { ListingScope } from '../listing-scope.ts';
import { isListingOverdue } from '../listing.state.ts';
import { listingsFor, listItemColumns, presentListItem } from './list-listings.ts';

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

/**
 * One listing with everything its page shows. The hazard's plan, steps, photos and signatures are
 * read live from the enterprise's own hazard records: the regulator follows, nobody re-enters.
 */
export async function getListing(db: Db, actor: Actor, scope: ListingScope): Promise<ListingDetail> {
  const today = shanghaiCivilDate();
  const calendar = await getWorkingDayCalendar(db);
  const key = { enterpriseId: scope.enterpriseId, hazardId: scope.hazardId };
  const [r, plan, steps, photos, signatures, evaluations, verifications, interviews] = await Promise.all([
    listingsFor(db, actor)
      .leftJoin('users as lb', 'lb.id', 'l.listedBy')
      .leftJoin('users as ag', 'ag.id', 'l.agencyUserId')
      .leftJoin('riskUnits as u', (j) =>
        j.onRef('u.enterpriseId', '=', 'h.enterpriseId').onRef('u.id', '=', 'h.unitId'),
      )
      .select(listItemColumns)
      .select([
        'l.requirements',
        'l.deadlineWorkingDays',
        'lb.name as listedByName',
        'l.agencyUserId',
        'ag.name as agencyName',
        'l.evaluationRequestedAt',
        'l.evaluationRequestNote',
        'l.returns',
        'l.delistingNotice',
        'l.exposureNotice',
        'h.description as hazardDescription',
        'h.location as hazardLocation',
        'h.majorCriterionKey',
        'u.name as unitName',
        'h.deadline as hazardDeadline',
        'h.acceptedAt',
      ])
      .where('l.enterpriseId', '=', scope.enterpriseId)
      .where('l.id', '=', scope.id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('hazardRectificationPlans as p')
      .leftJoin('users as o', 'o.id', 'p.ownerUserId')
      .leftJoin('users as a', 'a.id', 'p.approvedBy')
      .select([
        'p.goal',
        'p.measures',
        'p.funds',
        'p.organisation',
        'p.deadline',
        'p.contingency',
        'o.name as ownerName',
        'p.approvedAt',
        'a.name as approvedByName',
      ])
      .where('p.enterpriseId', '=', key.enterpriseId)
      .where('p.hazardId', '=', key.hazardId)
      .executeTakeFirst(),
    db
      .selectFrom('hazardSteps')
      .select(['id', 'action', 'toState', 'actorName', 'at', 'note'])
      .where('enterpriseId', '=', key.enterpriseId)
      .where('hazardId', '=', key.hazardId)
      .orderBy('at', 'asc')
      .execute(),
    db
      .selectFrom('hazardPhotos')
      .select(['fileId', 'kind'])
      .where('enterpriseId', '=', key.enterpriseId)
      .where('hazardId', '=', key.hazardId)
      .orderBy('createdAt', 'asc')
      .execute(),
    db
      .selectFrom('hazardSignatures')
      .select(['kind', 'signerName', 'signedAt'])
      .where('enterpriseId', '=', key.enterpriseId)
      .where('hazardId', '=', key.hazardId)
      .orderBy('signedAt', 'asc')
      .execute(),
    db
      .selectFrom('supervisionListingEvaluations as v')
      .innerJoin('files as f', (j) =>
        j.onRef('f.enterpriseId', '=', 'v.enterpriseId').onRef('f.id', '=', 'v.reportFileId'),
      )
      .leftJoin('users as rb', 'rb.id', 'v.recordedBy')
      .select([
        'v.id',
        'v.agencyName',
        'v.evaluators',
        'v.evaluatedOn',
        'v.passed',
        'v.conclusion',
        'v.reasons',
        'f.id as fileId',
        'f.originalName',
        'rb.name as recordedByName',
        'v.recordedAt',
      ])
      .where('v.enterpriseId', '=', scope.enterpriseId)
      .where('v.listingId', '=', scope.id)
      .orderBy('v.recordedAt', 'asc')
      .execute(),
    db
      .selectFrom('supervisionListingVerifications as v')
      .leftJoin('users as rb', 'rb.id', 'v.recordedBy')
      .select([
        'v.id',
        'v.verifiedOn',
        'v.inspectors',
        'v.passed',
        'v.conclusion',
        'rb.name as recordedByName',
        'v.recordedAt',
      ])
      .where('v.enterpriseId', '=', scope.enterpriseId)
      .where('v.listingId', '=', scope.id)
      .orderBy('v.recordedAt', 'asc')
      .execute(),
    db
      .selectFrom('supervisionListingInterviews as i')
      .leftJoin('users as rb', 'rb.id', 'i.recordedBy')
      .select([
        'i.id',
        'i.heldOn',
        'i.attendees',
        'i.content',
        'i.commitments',
        'rb.name as recordedByName',
        'i.recordedAt',
      ])
      .where('i.enterpriseId', '=', scope.enterpriseId)
      .where('i.listingId', '=', scope.id)
      .orderBy('i.recordedAt', 'asc')
      .execute(),
  ]);
  const item = presentListItem({ ...r, interviews: interviews.length }, today, calendar.workingDaysBetween);
  // The agency reads the report through this listing; everyone else through the platform's files.
  const reportUrl = (fileId: string) =>
    scope.isAgency
      ? `/api/v1/supervision/listings/${scope.id}/evaluation-report/${fileId}`
      : `/api/v1/files/${fileId}`;
  return {
    ...item,
    requirements: r.requirements,
    deadlineWorkingDays: r.deadlineWorkingDays,
    listedByName: r.listedByName,
    agency: r.agencyUserId && r.agencyName ? { userId: r.agencyUserId, name: r.agencyName } : null,
    evaluationRequestedAt: iso(r.evaluationRequestedAt),
    evaluationRequestNote: r.evaluationRequestNote,
    returns: r.returns,
    delistingNotice: r.delistingNotice,
    exposureNotice: r.exposureNotice,
    exposedAt: iso(r.exposedAt),
    hazard: {
      id: r.hazardId,
      name: r.hazardName,
      description: r.hazardDescription,
      location: r.hazardLocation,
      state: r.hazardState,
      majorCriterionKey: r.majorCriterionKey,
      unitName: r.unitName,
      deadline: r.hazardDeadline,
      acceptedAt: iso(r.acceptedAt),
      plan: plan
        ? {
            goal: plan.goal,
            measures: plan.measures,
            funds: String(plan.funds),
            organisation: plan.organisation,
            deadline: plan.deadline,
            contingency: plan.contingency,
            ownerName: plan.ownerName,
            approvedAt: iso(plan.approvedAt),
            approvedByName: plan.approvedByName,
          }
        : null,
      steps: steps.map((s) => ({
        id: s.id,
        action: s.action,
        toState: s.toState,
        actorName: s.actorName,
        at: new Date(s.at).toISOString(),
        note: s.note,
      })),
      // Photos and signatures are the enterprise's files: the agency sees the listing, not them.
      photos: scope.isAgency
        ? []
        : photos.map((p) => ({ fileId: p.fileId, kind: p.kind, url: `/api/v1/files/${p.fileId}` })),
      signatures: signatures.map((s) => ({
        kind: s.kind,
        signerName: s.signerName,
        signedAt: new Date(s.signedAt).toISOString(),
      })),
    },
    evaluations: evaluations.map((v) => ({
      id: v.id,
      agencyName: v.agencyName,
      evaluators: v.evaluators,
      evaluatedOn: v.evaluatedOn,
      passed: v.passed,
      conclusion: v.conclusion,
      reasons: v.reasons,
      reportFile: { id: v.fileId, name: v.originalName, url: reportUrl(v.fileId) },
      recordedByName: v.recordedByName,
      recordedAt: new Date(v.recordedAt).toISOString(),
    })),
    verifications: verifications.map((v) => ({ ...v, recordedAt: new Date(v.recordedAt).toISOString() })),
    interviewRecords: interviews.map((i) => ({ ...i, recordedAt: new Date(i.recordedAt).toISOString() })),
    abilities: listingAbilities(actor, scope, r.state, {
      hazardState: r.hazardState,
      overdue: isListingOverdue(r.state, r.deadline, today),
      exposed: r.exposedAt !== null,
    }),
  };
}
