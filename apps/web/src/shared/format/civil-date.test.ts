import { describe, expect, it } from 'vitest';
import { civilDayNumber, safeProductionDays, shanghaiToday } from './civil-date.ts';

describe('shanghaiToday', () => {
  it('is already tomorrow in Shanghai at 16:00 UTC', () => {
    expect(shanghaiToday(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(shanghaiToday(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });
});

describe('civilDayNumber', () => {
  it('rejects impossible or malformed dates', () => {
    expect(civilDayNumber('2026-02-30')).toBeNull();
    expect(civilDayNumber('2026-2-3')).toBeNull();
    expect(civilDayNumber('')).toBeNull();
  });
  it('counts leap days', () => {
    const feb28 = civilDayNumber('2024-02-28');
    const mar01 = civilDayNumber('2024-03-01');
    expect(feb28 !== null && mar01 !== null ? mar01 - feb28 : null).toBe(2);
  });
});

describe('safeProductionDays', () => {
  const noonShanghai = new Date('2026-05-10T04:00:00Z');
  it('is hidden without a date', () => {
    expect(safeProductionDays(null, noonShanghai)).toBeNull();
    expect(safeProductionDays(undefined, noonShanghai)).toBeNull();
    expect(safeProductionDays('', noonShanghai)).toBeNull();
  });
  it('is zero on the reset day itself', () => {
    expect(safeProductionDays('2026-05-10', noonShanghai)).toBe(0);
  });
  it('counts calendar days to today', () => {
    expect(safeProductionDays('2026-05-01', noonShanghai)).toBe(9);
    expect(safeProductionDays('2025-05-10', noonShanghai)).toBe(365);
  });
  it('uses the Shanghai date, not the UTC date', () => {
    // 2026-05-09T17:00Z is already 01:00 on 05-10 in Shanghai.
    expect(safeProductionDays('2026-05-09', new Date('2026-05-09T17:00:00Z'))).toBe(1);
    expect(safeProductionDays('2026-05-09', new Date('2026-05-09T15:00:00Z'))).toBe(0);
  });
  it('is hidden for a future or malformed date', () => {
    expect(safeProductionDays('2026-05-11', noonShanghai)).toBeNull();
    expect(safeProductionDays('not-a-date', noonShanghai)).toBeNull();
  });
});
