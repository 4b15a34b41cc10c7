import { AppError } from '../../../kernel/index.ts';

/** Errors of the regional part; the web translates the codes (locales' supervision.regional.errors). */
export const regionalErrors = {
  /** Only a regulator's own staff keep its tier table (a platform admin has no regulator). */
  noRegulator: () =>
    new AppError('SUPERVISION_TIER_TABLE_NO_REGULATOR', 403, 'Only a regulator keeps a tier table'),
  /** A higher level may not be inspected less often than a lower one. */
  notMonotonic: (field: string) =>
    new AppError(
      'SUPERVISION_TIER_TABLE_NOT_MONOTONIC',
      400,
      `${field}: a higher level needs at least as many inspections as a lower one`,
      { field },
    ),
};
