import { can, type Actor } from '../../identity/index.ts';

/** Regulators read the build progress of the enterprises in their remit. */
export const mayReadProgress = (actor: Actor) =>
  actor.scope.kind !== 'enterprise' && can(actor, 'supervision.read');
/**
 * The monthly report speaks for the enterprise: its safety manager (or principal) submits it —
 * those who answer supervision and keep the enterprise's profile.
 */
export const maySubmitReport = (actor: Actor) =>
  actor.scope.kind === 'enterprise' && can(actor, 'supervision.respond') && can(actor, 'enterprise.update');
/** Regulators who act (inspectors, admins) accept or return a report. */
export const mayReviewReport = (actor: Actor) =>
  actor.scope.kind === 'regulator' && can(actor, 'supervision.act');
/** Who reads reports: the enterprise's own people who answer supervision, and regulators. */
export const mayReadReports = (actor: Actor) =>
  actor.scope.kind === 'enterprise' ? can(actor, 'supervision.respond') : can(actor, 'supervision.read');
