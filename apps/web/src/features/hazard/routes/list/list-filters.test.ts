import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { filtersFromForm } from './list-filters.ts';

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
