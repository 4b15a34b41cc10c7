import { AppError, validationFailed } from '../../../kernel/index.ts';
import type { AssignmentRefusal } from './assignment.state.ts';

const refusalStatus: Record<AssignmentRefusal, number> = {
  SUPERVISION_ASSIGNMENT_INVALID_TRANSITION: 409,
  SUPERVISION_ASSIGNMENT_LEVEL_NOT_LOWERED: 409,
  SUPERVISION_ASSIGNMENT_LEVEL_NOT_GRADED: 409,
  SUPERVISION_ASSIGNMENT_NOT_ASSIGNING_REGULATOR: 403,
  SUPERVISION_ASSIGNMENT_REASON_REQUIRED: 400,
};

/** Errors of the assignment part; the web translates the codes (supervision:assignment.errors). */
export const assignmentErrors = {
  refused: (code: AssignmentRefusal, from: string, action: string) =>
    new AppError(code, refusalStatus[code], `Cannot ${action} an assignment that is ${from}`, {
      from,
      action,
      ...(code === 'SUPERVISION_ASSIGNMENT_REASON_REQUIRED' ? { field: 'body.reason' } : {}),
    }),
  passwordMismatch: () =>
    new AppError('SUPERVISION_SIGNATURE_PASSWORD', 400, 'The password does not match', {
      field: 'body.password',
    }),
  respondByPast: () => validationFailed('body.respondBy', 'the date is before the letter'),
  notRegulator: () =>
    new AppError('SUPERVISION_REGULATOR_ONLY', 403, 'Only a regulator issues documents', {}),
  nothingToReport: () =>
    new AppError('SUPERVISION_BULLETIN_EMPTY', 409, 'No assigned risk in remit for the period', {
      field: 'body.periodEnd',
    }),
};
