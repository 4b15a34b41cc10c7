// China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact and keeps
// these helpers independent of the browser's time zone and of Intl data.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's civil date in Asia/Shanghai as 'YYYY-MM-DD'. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Day number of a 'YYYY-MM-DD' date, or null when the text is not a real calendar date. */
export function civilDayNumber(isoDate: string): number | null {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return null;
  const [, y, m, d] = match;
  const time = Date.UTC(Number(y), Number(m) - 1, Number(d));
  // Date.UTC rolls 02-30 over into March; a round trip catches that.
  if (new Date(time).toISOString().slice(0, 10) !== isoDate) return null;
  return Math.round(time / DAY_MS);
}

/**
 * Days of continuous safe production: from the reset date to today in Asia/Shanghai.
 * Null when there is no date, it is malformed, or it lies in the future — the banner then hides.
 */
export function safeProductionDays(
  safeSinceDate: string | null | undefined,
  now: Date = new Date(),
): number | null {
  if (!safeSinceDate) return null;
  const since = civilDayNumber(safeSinceDate);
  const today = civilDayNumber(shanghaiToday(now));
  if (since === null || today === null || since > today) return null;
  return today - since;
}
