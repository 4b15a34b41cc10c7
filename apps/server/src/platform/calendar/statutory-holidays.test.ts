import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, isCivilDate } from './civil-date.ts';
import { provisionalCalendarYear, STATUTORY_YEARS, statutoryHolidays } from './statutory-holidays.ts';

function datesNamed(year: number, name: string): string[] {
  return (statutoryHolidays(year) ?? []).filter((day) => day.name.includes(name)).map((day) => day.date);
}

const lunarFormat = new Intl.DateTimeFormat('en-u-ca-chinese', {
  timeZone: 'UTC',
  month: 'numeric',
  day: 'numeric',
});
function lunarMonthDay(date: string): string {
  const parts = lunarFormat.formatToParts(new Date(`${date}T00:00:00Z`));
  return `${parts.find((p) => p.type === 'month')?.value}/${parts.find((p) => p.type === 'day')?.value}`;
}

describe('statutoryHolidays', () => {
  it('follows the 2013 rules in 2024: 11 days', () => {
    expect(statutoryHolidays(2024)).toHaveLength(11);
    expect(datesNamed(2024, '春节')).toEqual(['2024-02-10', '2024-02-11', '2024-02-12']);
    expect(datesNamed(2024, '劳动节')).toEqual(['2024-05-01']);
    expect(datesNamed(2024, '中秋节')).toEqual(['2024-09-17']);
  });

  it('follows the 2024 revision from 2025: 13 days with 除夕 and 2 May', () => {
    expect(datesNamed(2025, '春节')).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    expect(datesNamed(2025, '劳动节')).toEqual(['2025-05-01', '2025-05-02']);
    expect(datesNamed(2026, '春节')).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19']);
    expect(datesNamed(2026, '清明节')).toEqual(['2026-04-05']);
    for (let year = 2025; year <= STATUTORY_YEARS.last; year += 1) {
      const days = statutoryHolidays(year) ?? [];
      // 中秋 on 1–3 October shares its date with 国庆 (2028, 2031), so count names, not dates.
      const dayCount = days.reduce((sum, day) => sum + day.name.split('、').length, 0);
      expect(dayCount, String(year)).toBe(13);
      expect(days.length, String(year)).toBe(year === 2028 || year === 2031 ? 12 : 13);
    }
  });

  it('has the 2027 dates the provisional year rests on', () => {
    expect(statutoryHolidays(2027)).toEqual([
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-02-05', name: '春节' },
      { date: '2027-02-06', name: '春节' },
      { date: '2027-02-07', name: '春节' },
      { date: '2027-02-08', name: '春节' },
      { date: '2027-04-05', name: '清明节' },
      { date: '2027-05-01', name: '劳动节' },
      { date: '2027-05-02', name: '劳动节' },
      { date: '2027-06-09', name: '端午节' },
      { date: '2027-09-15', name: '中秋节' },
      { date: '2027-10-01', name: '国庆节' },
      { date: '2027-10-02', name: '国庆节' },
      { date: '2027-10-03', name: '国庆节' },
    ]);
  });

  it('merges 中秋 falling on National Day (2028, 2031)', () => {
    expect(statutoryHolidays(2028)).toContainEqual({ date: '2028-10-03', name: '中秋节、国庆节' });
    expect(statutoryHolidays(2031)).toContainEqual({ date: '2031-10-01', name: '中秋节、国庆节' });
  });

  it('returns null outside the lunar table', () => {
    expect(statutoryHolidays(STATUTORY_YEARS.first - 1)).toBeNull();
    expect(statutoryHolidays(STATUTORY_YEARS.last + 1)).toBeNull();
    expect(provisionalCalendarYear(STATUTORY_YEARS.last + 1)).toBeNull();
  });

  it('gives sorted, valid dates inside their year', () => {
    for (let year = STATUTORY_YEARS.first; year <= STATUTORY_YEARS.last; year += 1) {
      const dates = (statutoryHolidays(year) ?? []).map((day) => day.date);
      expect([...dates].sort()).toEqual(dates);
      for (const date of dates) {
        expect(isCivilDate(date)).toBe(true);
        expect(date.startsWith(`${year}-`)).toBe(true);
      }
    }
  });

  it('agrees with the Chinese calendar of ICU, except where ICU misplaces a near-midnight new moon', () => {
    // ICU's approximation may be a day late or early in these years; the table follows the observatories.
    const nearMidnight = new Set([2027, 2030]);
    for (let year = STATUTORY_YEARS.first; year <= STATUTORY_YEARS.last; year += 1) {
      const [newYearsEve = ''] = datesNamed(year, '春节');
      const springFestival = year >= 2025 ? addDays(newYearsEve, 1) : newYearsEve;
      const [dragonBoat = ''] = datesNamed(year, '端午节');
      const [midAutumn = ''] = datesNamed(year, '中秋节');
      if (!nearMidnight.has(year)) expect(lunarMonthDay(springFestival), String(year)).toBe('1/1');
      expect(lunarMonthDay(dragonBoat), String(year)).toBe('5/5');
      expect(lunarMonthDay(midAutumn), String(year)).toBe('8/15');
    }
  });

  it('puts 清明 where the solar-term formula of the 21st century does', () => {
    for (let year = STATUTORY_YEARS.first; year <= STATUTORY_YEARS.last; year += 1) {
      const y = year % 100;
      const day = Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4);
      expect(datesNamed(year, '清明节'), String(year)).toEqual([`${year}-04-0${day}`]);
    }
  });

  it('builds provisional years of holidays only', () => {
    const year = provisionalCalendarYear(2028);
    expect(year?.isProvisional).toBe(true);
    expect(year?.days.every((day) => day.kind === 'holiday')).toBe(true);
    expect(year?.days.map((day) => day.date)).toContain('2028-01-25'); // 除夕
    expect(dayOfWeek('2028-01-25')).toBe(2);
  });
});
