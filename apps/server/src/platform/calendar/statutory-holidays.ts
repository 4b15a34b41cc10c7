import { addDays, dateRange } from './civil-date.ts';
import type { CalendarYear } from './calendar-types.ts';

/**
 * The fixed statutory holidays (法定节假日) of 《全国年节及纪念日放假办法》. These days are off
 * whatever the year's schedule says; the State Council's notice only adds bridge days and
 * make-up workdays around them.
 */
export type StatutoryHoliday = { date: string; name: string };

type LunarAnchors = {
  /** 农历正月初一 */
  springFestival: string;
  /** 清明 (a solar term, 4 or 5 April) */
  qingming: string;
  /** 农历五月初五 */
  dragonBoat: string;
  /** 农历八月十五 */
  midAutumn: string;
};

/*
 * Dates as published by the Purple Mountain and Hong Kong Observatories. They are kept as data, not
 * computed with Intl's 'chinese' calendar: ICU's approximation puts the new moons near midnight of
 * 2027-02-06 and 2030-02-03 on the wrong day, which would move 春节 by one day in those years.
 */
const LUNAR_ANCHORS: Readonly<Record<number, LunarAnchors>> = {
  2024: {
    springFestival: '2024-02-10',
    qingming: '2024-04-04',
    dragonBoat: '2024-06-10',
    midAutumn: '2024-09-17',
  },
  2025: {
    springFestival: '2025-01-29',
    qingming: '2025-04-04',
    dragonBoat: '2025-05-31',
    midAutumn: '2025-10-06',
  },
  2026: {
    springFestival: '2026-02-17',
    qingming: '2026-04-05',
    dragonBoat: '2026-06-19',
    midAutumn: '2026-09-25',
  },
  2027: {
    springFestival: '2027-02-06',
    qingming: '2027-04-05',
    dragonBoat: '2027-06-09',
    midAutumn: '2027-09-15',
  },
  2028: {
    springFestival: '2028-01-26',
    qingming: '2028-04-04',
    dragonBoat: '2028-05-28',
    midAutumn: '2028-10-03',
  },
  2029: {
    springFestival: '2029-02-13',
    qingming: '2029-04-04',
    dragonBoat: '2029-06-16',
    midAutumn: '2029-09-22',
  },
  2030: {
    springFestival: '2030-02-03',
    qingming: '2030-04-05',
    dragonBoat: '2030-06-05',
    midAutumn: '2030-09-12',
  },
  2031: {
    springFestival: '2031-01-23',
    qingming: '2031-04-05',
    dragonBoat: '2031-06-24',
    midAutumn: '2031-10-01',
  },
  2032: {
    springFestival: '2032-02-11',
    qingming: '2032-04-04',
    dragonBoat: '2032-06-12',
    midAutumn: '2032-09-19',
  },
  2033: {
    springFestival: '2033-01-31',
    qingming: '2033-04-04',
    dragonBoat: '2033-06-01',
    midAutumn: '2033-09-08',
  },
  2034: {
    springFestival: '2034-02-19',
    qingming: '2034-04-05',
    dragonBoat: '2034-06-20',
    midAutumn: '2034-09-27',
  },
  2035: {
    springFestival: '2035-02-08',
    qingming: '2035-04-05',
    dragonBoat: '2035-06-10',
    midAutumn: '2035-09-16',
  },
};

/** First and last year whose statutory holidays are known. */
export const STATUTORY_YEARS = { first: 2024, last: 2035 } as const;

/** The 2024 revision, in force from 2025-01-01, added 除夕 and 2 May: 春节 4 days, 劳动节 2 days. */
const REVISION_2024_FROM = 2025;

/**
 * The fixed statutory holidays of a year in date order, or null when the lunar dates of that year
 * are not in the table (extend LUNAR_ANCHORS from the observatories' almanac).
 */
export function statutoryHolidays(year: number): StatutoryHoliday[] | null {
  const anchors = LUNAR_ANCHORS[year];
  if (anchors === undefined) return null;
  const isRevised = year >= REVISION_2024_FROM;
  const springFrom = isRevised ? addDays(anchors.springFestival, -1) : anchors.springFestival;
  const days: StatutoryHoliday[] = [
    { date: `${year}-01-01`, name: '元旦' },
    ...dateRange(springFrom, addDays(anchors.springFestival, 2)).map((date) => ({
      date,
      name: '春节',
    })),
    { date: anchors.qingming, name: '清明节' },
    ...dateRange(`${year}-05-01`, isRevised ? `${year}-05-02` : `${year}-05-01`).map((date) => ({
      date,
      name: '劳动节',
    })),
    { date: anchors.dragonBoat, name: '端午节' },
    { date: anchors.midAutumn, name: '中秋节' },
    ...dateRange(`${year}-10-01`, `${year}-10-03`).map((date) => ({ date, name: '国庆节' })),
  ];
  // 中秋 can fall on 1–3 October (2028, 2031): one date, both names.
  const byDate = new Map<string, string>();
  for (const day of days) {
    const existing = byDate.get(day.date);
    byDate.set(day.date, existing === undefined ? day.name : `${existing}、${day.name}`);
  }
  return [...byDate].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, name]) => ({ date, name }));
}

/**
 * A stand-in for a year whose official schedule is not yet published: the statutory holidays
 * only, without bridge days or make-up workdays. Null when the statutory dates are unknown.
 */
export function provisionalCalendarYear(year: number): CalendarYear | null {
  const holidays = statutoryHolidays(year);
  if (holidays === null) return null;
  return {
    year,
    isProvisional: true,
    days: holidays.map(({ date, name }) => ({ date, kind: 'holiday', name })),
  };
}
