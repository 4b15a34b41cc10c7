import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

export const APP_TIME_ZONE = 'Asia/Shanghai';

/** A server timestamp (UTC ISO) shown in Asia/Shanghai; '—' when absent. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.tz(APP_TIME_ZONE).format('YYYY-MM-DD HH:mm') : '—';
}

/** A timestamp's civil date in Asia/Shanghai, or a civil date passed through unchanged. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.tz(APP_TIME_ZONE).format('YYYY-MM-DD') : '—';
}

export { dayjs };
