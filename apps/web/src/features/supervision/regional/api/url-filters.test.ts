import { describe, expect, it } from 'vitest';
import { riskDefaults, riskFiltersFromSearch, searchFrom, tierFiltersFromSearch } from './url-filters.ts';

describe('regional URL filters', () => {
  it('reads what is valid and drops the rest', () => {
    const f = riskFiltersFromSearch(
      new URLSearchParams(
        'level=major&industry=construction&township=990102001000&accidentType=015&q=%20宏达%20&sort=township&page=2',
      ),
    );
    expect(f).toEqual({
      level: 'major',
      industry: 'construction',
      township: '990102001000',
      accidentType: '015',
      q: '宏达',
      sort: 'township',
      page: 2,
      pageSize: 20,
    });
    const bad = riskFiltersFromSearch(
      new URLSearchParams('level=general&township=abc&accidentType=99&sort=x&page=-1'),
    );
    expect(bad).toMatchObject({
      level: undefined,
      township: undefined,
      accidentType: undefined,
      sort: 'level',
      page: 1,
    });
    expect(tierFiltersFromSearch(new URLSearchParams('tier=key&level=low&adjusted=true'))).toMatchObject({
      tier: 'key',
      level: 'low',
      adjusted: 'true',
    });
  });

  it('writes back only what differs from the defaults', () => {
    const f = riskFiltersFromSearch(new URLSearchParams('level=major'));
    expect(searchFrom(f, riskDefaults).toString()).toBe('level=major');
    expect(riskFiltersFromSearch(searchFrom(f, riskDefaults))).toEqual(f);
  });
});
