import type { Messages } from '../types.ts';
import type { errors as zh } from '../zh-CN/errors.ts';

export const errors: Messages<typeof zh> = {
  codes: {
    VALIDATION_FAILED: 'Some fields are invalid; please check the highlighted fields',
    UNAUTHENTICATED: 'Your session has ended; please log in again',
    FORBIDDEN: 'You are not allowed to do this',
    NOT_FOUND: 'Not found, or you may not see it',
    CONFLICT: 'The data has changed; refresh and try again',
    CSRF_FAILED: 'The page has expired; refresh and try again',
    RATE_LIMITED: 'Too many attempts; please try again after {{until}}',
    AUTH_INVALID_CREDENTIALS: 'Wrong username or password',
    AUTH_ACCOUNT_LOCKED: 'The account is locked after repeated wrong passwords until {{until}}',
    AUTH_ACCOUNT_DISABLED: 'The account is disabled; contact your administrator',
    AUTH_WRONG_PASSWORD: 'The current password is wrong',
    ENTERPRISE_CREDIT_CODE_TAKEN: 'This unified social credit code is already registered',
    USER_USERNAME_TAKEN: 'This username is taken',
    USER_PHONE_TAKEN: 'This phone number is taken',
    ENTERPRISE_OUTSIDE_REMIT: 'The enterprise falls outside your jurisdiction or industries',
    ENTERPRISE_NOT_PENDING: 'Only a pending registration can be reviewed',
    ORG_UNIT_NOT_EMPTY: 'The unit still has sub-units or people and cannot be deleted',
    CREDIT_CODE_INVALID: 'Invalid unified social credit code',
    PAYLOAD_TOO_LARGE: 'The submission is too large',
    BAD_REQUEST: 'Bad request',
    NETWORK_ERROR: 'Network error; please check your connection',
    HTTP_ERROR: 'The request failed',
    INTERNAL: 'Something went wrong; please try again later',
  },
  fieldInvalid: 'Invalid ({{message}})',
  requestId: 'Request ID: {{requestId}}',
};
