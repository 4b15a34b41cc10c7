import { AppError } from '../../kernel/index.ts';
import type { ReadinessIssue } from './risk-unit.state.ts';

/** Errors of the risk module; the web translates the codes. */
export const riskErrors = {
  invalidTransition: (from: string, action: string) =>
    new AppError('RISK_UNIT_INVALID_TRANSITION', 409, `Cannot ${action} a unit that is ${from}`, {
      from,
      action,
    }),
  notReady: (issues: readonly ReadinessIssue[]) =>
    new AppError('RISK_UNIT_NOT_READY', 409, 'The unit does not meet the approval rules', {
      readiness: issues,
    }),
  sameSigner: () =>
    new AppError(
      'RISK_UNIT_SAME_SIGNER',
      409,
      'This step must be signed by someone other than the previous signer',
    ),
  commentRequired: () =>
    new AppError('RISK_UNIT_COMMENT_REQUIRED', 400, 'A reason is required', { field: 'body.comment' }),
  notSubmitter: () => new AppError('RISK_UNIT_NOT_SUBMITTER', 409, 'Only the submitter can withdraw'),
  lockedForApproval: () =>
    new AppError('RISK_UNIT_LOCKED', 409, 'The unit is under review; withdraw or reject it before editing'),
  notMajorSource: () =>
    new AppError(
      'RISK_NOT_MAJOR_SOURCE',
      409,
      'Only a major source has filing facts; evaluate or mark it first',
    ),
  codeTaken: (field = 'body.code') =>
    new AppError('RISK_CODE_TAKEN', 409, 'This code is already used', { field }),
  engineInput: (field: string, reason: string) =>
    new AppError('VALIDATION_FAILED', 400, `${field}: ${reason}`, {
      field,
      issues: [{ field, message: reason }],
    }),
  importFailed: (rows: { row: number; column: string; reason: string }[]) =>
    new AppError('RISK_IMPORT_INVALID', 400, `${rows.length} row(s) are invalid; nothing was imported`, {
      rows,
    }),
  nothingToPublish: () =>
    new AppError(
      'RISK_NOTHING_TO_PUBLISH',
      409,
      'No unit was approved since the last revision; nothing to publish',
    ),
  revisionConflict: () =>
    new AppError(
      'RISK_REVISION_CONFLICT',
      409,
      'Another revision was published at the same time; reload and try again',
    ),
};

/**
 * A second publisher that read the same latest revision loses on the revisions' primary key
 * (SQLSTATE 23505): that is a 409 RISK_REVISION_CONFLICT, not a server error. Anything else is
 * returned unchanged for the caller to rethrow.
 */
export function revisionConflictFrom(error: unknown): unknown {
  if (typeof error !== 'object' || error === null || !('code' in error) || error.code !== '23505')
    return error;
  const constraint = 'constraint' in error ? String(error.constraint) : '';
  return constraint.startsWith('risk_register_revisions') ? riskErrors.revisionConflict() : error;
}
