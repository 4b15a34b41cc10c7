import type { TFunction } from 'i18next';
import { isApiError } from './api-error.ts';

/** A user-facing sentence for any thrown value; unknown codes fall back to the server's text. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    const key = `errors:codes.${error.code}`;
    if (t(key, { defaultValue: '' })) return t(key);
    return error.message || t('errors:codes.INTERNAL');
  }
  if (error instanceof Error && error.message) return error.message;
  return t('errors:codes.INTERNAL');
}

/** Message for one field issue: server messages that are codes get translated, others are shown as they are. */
export function issueMessage(t: TFunction, message: string): string {
  const key = `errors:codes.${message}`;
  if (t(key, { defaultValue: '' })) return t(key);
  return t('errors:fieldInvalid', { message });
}
