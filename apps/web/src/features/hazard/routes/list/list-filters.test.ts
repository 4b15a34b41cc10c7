import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  filtersFromForm,
  filtersFromSearch,
  formFromFilters,
  quickFilterOf,
  quickFilters,
  searchFromFilters,
} from './list-filters.ts';

describe('filtersFromForm', () => {
  it('keeps only what is set', () => {
    expect(filtersFromForm({})).toEqual({});
    expect(filtersFromForm({ state: [], overdue: false, mine: false, q: '  ', dates: null })).toEqual({});
  });

  it('turns the date range into civil dates and trims the keyword', () => {
    expect(
      filtersFromForm({
        state: ['rectifying'],
        grade: 'major',
        overdue: true,
        mine: true,
        unitId: 'u1',
        dates: [dayjs('2026-05-01T10:00:00'), dayjs('2026-05-31T23:00:00')],
        q: ' 灭火器 ',
      }),
    ).toEqual({
      state: ['rectifying'],
      grade: 'major',
      overdue: true,
      mine: true,
      unitId: 'u1',
      from: '2026-05-01',
      to: '2026-05-31',
      q: '灭火器',
    });
  });
});

describe('filters in the page address', () => {
  it('reads the to-do links', () => {
    expect(filtersFromSearch(new URLSearchParams('state=reported'))).toEqual({ state: ['reported'] });
    expect(filtersFromSearch(new URLSearchParams('awaitingMyAcceptance=true'))).toEqual({
      awaitingMyAcceptance: true,
    });
    expect(filtersFromSearch(new URLSearchParams('mine=true&state=rectifying'))).toEqual({
      mine: true,
      state: ['rectifying'],
    });
    expect(filtersFromSearch(new URLSearchParams('grade=major&state=confirmed'))).toEqual({
      grade: 'major',
      state: ['confirmed'],
    });
  });

  it('ignores what is unknown or malformed instead of failing the page', () => {
    expect(
      filtersFromSearch(
        new URLSearchParams('state=bogus,closed&grade=huge&dangerSrc=42&overdue=1&from=yesterday&q=%20'),
      ),
    ).toEqual({ state: ['closed'] });
  });

  it('writes what it reads', () => {
    const filters = {
      state: ['rectifying', 'accepting'] as const,
      grade: 'general',
      dangerSrc: 9,
      overdue: true,
      unitId: 'u1',
      from: '2026-05-01',
      to: '2026-05-31',
      q: '灭火器',
    } as const;
    const round = filtersFromSearch(searchFromFilters({ ...filters, state: [...filters.state] }));
    expect(round).toEqual({ ...filters, state: [...filters.state] });
    expect(searchFromFilters({}).toString()).toBe('');
  });

  it('gives the form its values back, dates as days', () => {
    const values = formFromFilters({ from: '2026-05-01', q: '阀门' });
    expect(values.dates?.[0]?.format('YYYY-MM-DD')).toBe('2026-05-01');
    expect(values.dates?.[1]).toBeNull();
    expect(filtersFromForm(values)).toEqual({ from: '2026-05-01', q: '阀门' });
  });

  it('knows a quick filter when the filters are exactly it', () => {
    expect(quickFilterOf({ mine: true })).toBe('mine');
    expect(quickFilterOf({ grade: 'major' })).toBe('major');
    expect(quickFilterOf({ grade: 'major', overdue: true })).toBeNull();
    expect(quickFilterOf({})).toBeNull();
    for (const [name, preset] of Object.entries(quickFilters)) expect(quickFilterOf(preset)).toBe(name);
  });
});
