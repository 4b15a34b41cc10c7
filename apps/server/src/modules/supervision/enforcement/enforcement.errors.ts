import { AppError } from '../../../kernel/index.ts';
import type { DrawRefusal } from './draw/random-draw.ts';

/** Refusals of the enforcement part; the web translates the codes (locales …/supervision/enforcement.ts). */
export const enforcementErrors = {
  notRegulator: () =>
    new AppError('ENFORCEMENT_REGULATORS_ONLY', 403, 'Only a regulator keeps enforcement records'),
  poolFiled: () => new AppError('ENFORCEMENT_POOL_FILED', 409, 'A filed pool is not changed'),
  poolNotFiled: () =>
    new AppError('ENFORCEMENT_POOL_NOT_FILED', 409, 'Draw only from a filed pool', { field: 'body.poolId' }),
  notInPool: (field: string) =>
    new AppError(
      'ENFORCEMENT_NOT_IN_POOL',
      400,
      `${field}: not one of the regulator's inspectors or experts`,
      {
        field,
      },
    ),
  poolEmpty: () =>
    new AppError('ENFORCEMENT_POOL_EMPTY', 409, 'No enterprise in remit matches the filters', {
      field: 'body.filters',
    }),
  drawRefused: (r: DrawRefusal) =>
    new AppError(r.code, 409, `The draw is refused: ${r.code}`, {
      field: r.code === 'DRAW_ENTERPRISE_POOL_TOO_SMALL' ? 'body.count' : 'body.poolId',
      ...r,
    }),
  alreadyRecorded: () =>
    new AppError('ENFORCEMENT_ALREADY_RECORDED', 409, 'The inspection is already recorded'),
  notRecorded: () => new AppError('ENFORCEMENT_NOT_RECORDED', 409, 'Publish a recorded inspection only'),
  inspectedInFuture: () =>
    new AppError('ENFORCEMENT_DATE_IN_FUTURE', 400, 'body.inspectedOn: later than today', {
      field: 'body.inspectedOn',
    }),
  decidedInFuture: (field: string) =>
    new AppError('ENFORCEMENT_DATE_IN_FUTURE', 400, `${field}: later than today`, { field }),
  fineNeedsAmount: () =>
    new AppError('ENFORCEMENT_FINE_AMOUNT', 400, 'body.amountFen: a fine has an amount, nothing else does', {
      field: 'body.amountFen',
    }),
  conflicted: () =>
    new AppError(
      'ENFORCEMENT_INSPECTOR_CONFLICTED',
      409,
      'An inspector is recorded as conflicted with the enterprise',
      {
        field: 'body.inspectorIds',
      },
    ),
  conflictExists: () =>
    new AppError('ENFORCEMENT_CONFLICT_EXISTS', 409, 'This conflict is already recorded', {
      field: 'body.inspectorId',
    }),
  alreadyBlacklisted: () =>
    new AppError('BLACKLIST_ALREADY_LISTED', 409, 'The enterprise is on this regulator’s blacklist', {
      field: 'body.enterpriseId',
    }),
  alreadyRemoved: () => new AppError('BLACKLIST_ALREADY_REMOVED', 409, 'The entry was already removed'),
  quarterPublished: () =>
    new AppError('BLACKLIST_QUARTER_PUBLISHED', 409, 'This quarter is already published', {
      field: 'body.quarter',
    }),
  quarterNotEnded: () =>
    new AppError('BLACKLIST_QUARTER_FUTURE', 400, 'body.quarter: a quarter is published once it has begun', {
      field: 'body.quarter',
    }),
};
