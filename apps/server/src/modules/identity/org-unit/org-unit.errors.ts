import { AppError, validationFailed } from '../../../kernel/index.ts';

export const orgUnitErrors = {
  notEmpty: () =>
    new AppError(
      'ORG_UNIT_NOT_EMPTY',
      409,
      'The unit still has sub-units, users or records that point at it',
    ),
  unknownParent: () => validationFailed('body.parentId', 'no such unit in this enterprise'),
  cycle: () => validationFailed('body.parentId', 'a unit cannot be moved below itself'),
};

/** PostgreSQL's foreign_key_violation, from either driver. */
export function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23503';
}
