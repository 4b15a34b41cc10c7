import { AppError } from '../../../kernel/index.ts';
import type { ListingRefusal } from './listing.state.ts';

const refusalStatus: Record<ListingRefusal, number> = {
  LISTING_INVALID_TRANSITION: 409,
  LISTING_HAZARD_NOT_RECTIFIED: 409,
  LISTING_NOT_OVERDUE: 409,
  LISTING_ALREADY_EXPOSED: 409,
};

/** Errors of the listing part; the web translates the codes (supervision:listing.errors). */
export const listingErrors = {
  refused: (code: ListingRefusal, from: string, action: string) =>
    new AppError(code, refusalStatus[code], `Cannot ${action} a listing that is ${from}`, { from, action }),
  notMajor: () =>
    new AppError('LISTING_HAZARD_NOT_MAJOR', 409, 'Only a confirmed major hazard can be listed', {
      field: 'body.hazardId',
    }),
  alreadyListed: () =>
    new AppError('LISTING_ALREADY_LISTED', 409, 'This major hazard is already listed', {
      field: 'body.hazardId',
    }),
  deadlineInPast: () =>
    new AppError('LISTING_DEADLINE_IN_PAST', 400, 'body.deadline: the deadline must be after today', {
      field: 'body.deadline',
    }),
  unknownAgency: () =>
    new AppError('LISTING_UNKNOWN_AGENCY', 400, 'body.agencyUserId: not an agency account', {
      field: 'body.agencyUserId',
    }),
  unknownReport: () =>
    new AppError(
      'LISTING_UNKNOWN_REPORT',
      400,
      'body.reportFileId: upload the report for this listing first',
      {
        field: 'body.reportFileId',
      },
    ),
  futureDate: (field: string) =>
    new AppError('LISTING_DATE_IN_FUTURE', 400, `${field}: the date cannot be in the future`, { field }),
  changed: () => new AppError('LISTING_CHANGED', 409, 'The listing changed meanwhile; reload it'),
};
