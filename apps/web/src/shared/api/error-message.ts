import type { TFunction } from 'i18next';
import { formatDateTime } from '../format/date.ts';
import { isApiError } from './api-error.ts';

/** A user-facing sentence for any thrown value; unknown codes fall back to the server's text. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    const key = `errors:codes.${error.code}`;
    if (t(key, { defaultValue: '' })) return t(key, untilOf(error.details));
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

/** A lock's or a throttle's end, in the app's time zone, for messages that name it. */
function untilOf(details: Record<string, unknown>): { until?: string } {
  const raw = details.lockedUntil ?? details.retryAt;
  return typeof raw === 'string' ? { until: formatDateTime(raw) } : {};
}
