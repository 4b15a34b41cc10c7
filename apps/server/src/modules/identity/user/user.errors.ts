import { AppError, validationFailed } from '../../../kernel/index.ts';
import { identityErrors } from '../identity.errors.ts';

export const userErrors = {
  cannotDisableSelf: () =>
    new AppError('USER_CANNOT_DISABLE_SELF', 409, 'You cannot disable your own account'),
  /** The actor may not hand out this role, or may not place a user there. */
  notGrantable: (field: string) =>
    new AppError('FORBIDDEN', 403, `Not allowed: ${field}`, { permission: 'user.manage', field }),
  mixedRoles: (field: string) =>
    validationFailed(field, 'enterprise, regulator and platform roles cannot be combined'),
  roleDoesNotFit: (field: string) =>
    validationFailed(field, "role does not fit the user's enterprise or regulator"),
  required: (field: string) => validationFailed(field, 'required for these roles'),
  notAllowed: (field: string) => validationFailed(field, 'not allowed for these roles'),
  unknown: (field: string) => validationFailed(field, 'not found'),
};

/**
 * Maps a unique violation on users (a concurrent request took the name or number between our
 * check and our write) to the same 409 the check gives; anything else is rethrown.
 */
export function uniqueViolationToConflict(error: unknown): unknown {
  if (typeof error !== 'object' || error === null || !('code' in error) || error.code !== '23505') {
    return error;
  }
  const constraint = 'constraint' in error ? String(error.constraint) : '';
  return constraint.includes('phone') ? identityErrors.phoneTaken() : identityErrors.usernameTaken();
}
