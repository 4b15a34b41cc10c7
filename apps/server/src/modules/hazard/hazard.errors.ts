import { AppError, validationFailed } from '../../kernel/index.ts';
import type { HazardRefusal } from './hazard.state.ts';

/** HTTP status of each refusal of the state machine: broken input rules are 400, the rest 409. */
const refusalStatus: Record<HazardRefusal, number> = {
  HAZARD_INVALID_TRANSITION: 409,
  HAZARD_REASON_REQUIRED: 400,
  HAZARD_ACCEPTOR_IS_RECTIFIER: 409,
  HAZARD_PLAN_REQUIRED: 409,
  HAZARD_NOT_MAJOR: 409,
  HAZARD_MAJOR_NOT_IMMEDIATE: 409,
  HAZARD_EXTENSION_PENDING: 409,
  HAZARD_NO_EXTENSION_PENDING: 409,
  HAZARD_DEADLINE_NOT_LATER: 400,
  HAZARD_VOID_SAFETY_MANAGER_ONLY: 403,
};

/** Errors of the hazard module; the web translates the codes. */
export const hazardErrors = {
  refused: (code: HazardRefusal, from: string, action: string) =>
    new AppError(code, refusalStatus[code], `Cannot ${action} a hazard that is ${from}`, {
      from,
      action,
      ...(code === 'HAZARD_REASON_REQUIRED' ? { field: 'body.reason' } : {}),
      ...(code === 'HAZARD_DEADLINE_NOT_LATER' ? { field: 'body.newDeadline' } : {}),
    }),
  passwordMismatch: () =>
    new AppError('HAZARD_SIGNATURE_PASSWORD', 400, 'The password does not match', { field: 'body.password' }),
  unknownCriterion: () =>
    new AppError('VALIDATION_FAILED', 400, 'body.majorCriterionKey: unknown criterion', {
      field: 'body.majorCriterionKey',
      issues: [{ field: 'body.majorCriterionKey', message: 'unknown criterion' }],
    }),
  unknownFile: (field: string) => validationFailed(field, 'unknown file'),
  unknownUser: (field: string) => validationFailed(field, 'not an active member of the enterprise'),
  deadlinePast: (field: string) => validationFailed(field, 'the deadline is in the past'),
  mergeTarget: () =>
    validationFailed('body.intoHazardId', 'another open hazard of the same enterprise is required'),
  evaluationRequired: () =>
    validationFailed('body.evaluation', 'a major hazard needs its evaluation after treatment'),
  noDeadline: () =>
    new AppError('HAZARD_NO_DEADLINE', 409, 'A hazard without a deadline cannot be extended', {
      field: 'body.newDeadline',
    }),
};
