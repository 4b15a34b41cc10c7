import { AppError } from '../../kernel/index.ts';

export const identityErrors = {
  invalidCredentials: () => new AppError('AUTH_INVALID_CREDENTIALS', 401, 'Wrong username or password'),
  accountLocked: (until: Date) =>
    new AppError('AUTH_ACCOUNT_LOCKED', 423, 'Account temporarily locked', {
      lockedUntil: until.toISOString(),
    }),
  accountDisabled: () => new AppError('AUTH_ACCOUNT_DISABLED', 403, 'Account disabled'),
  tooManyAttempts: (retryAt: Date) =>
    new AppError('RATE_LIMITED', 429, 'Too many failed logins; try again later', {
      retryAt: retryAt.toISOString(),
    }),
  unauthenticated: () => new AppError('UNAUTHENTICATED', 401, 'Login required'),
  csrf: () => new AppError('CSRF_FAILED', 403, 'Missing or wrong X-CSRF-Token header'),
  wrongPassword: () =>
    new AppError('AUTH_WRONG_PASSWORD', 400, 'Current password is wrong', {
      field: 'body.currentPassword',
    }),
  creditCodeTaken: () =>
    new AppError('ENTERPRISE_CREDIT_CODE_TAKEN', 409, 'An enterprise with this credit code exists', {
      field: 'body.creditCode',
    }),
  usernameTaken: (field = 'body.username') =>
    new AppError('USER_USERNAME_TAKEN', 409, 'Username is taken', { field }),
  phoneTaken: (field = 'body.phone') =>
    new AppError('USER_PHONE_TAKEN', 409, 'Phone number is taken', { field }),
  unknownJurisdiction: (field = 'body.jurisdictionCode') =>
    new AppError('VALIDATION_FAILED', 400, 'Unknown jurisdiction', { field }),
  unknownIndustry: (field: string) => new AppError('VALIDATION_FAILED', 400, 'Unknown industry', { field }),
  outsideRemit: () =>
    new AppError(
      'ENTERPRISE_OUTSIDE_REMIT',
      403,
      'The enterprise would fall outside your jurisdiction or industries',
      { field: 'body.jurisdictionCode' },
    ),
  notPending: () =>
    new AppError('ENTERPRISE_NOT_PENDING', 409, 'Only a pending registration can be reviewed'),
};
