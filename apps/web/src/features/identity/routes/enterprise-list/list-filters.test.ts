import { describe, expect, it } from 'vitest';
import { filtersFromSearch, searchFromFilters } from './list-filters.ts';

describe('registry filters in the URL', () => {
  it('reads known filters and ignores junk', () => {
    const filters = filtersFromSearch(
      new URLSearchParams(
        'q=%20化工%20&status=pending&scale=huge&jurisdictionCode=abc&page=0&isHighRisk=true',
      ),
    );
    expect(filters).toEqual({ q: '化工', status: 'pending', isHighRisk: 'true', page: 1, pageSize: 20 });
  });
  it('caps the page size', () => {
    expect(filtersFromSearch(new URLSearchParams('pageSize=5000')).pageSize).toBe(200);
  });
  it('round-trips without defaults', () => {
    const filters = { page: 3, pageSize: 20, jurisdictionCode: '411503', scale: 'small' as const };
    const search = searchFromFilters(filters);
    expect(search.toString()).toBe('page=3&jurisdictionCode=411503&scale=small');
    expect(filtersFromSearch(search)).toEqual(filters);
  });
  it('keeps a key-supervised process code and drops anything else', () => {
    expect(filtersFromSearch(new URLSearchParams('keyProcess=08')).keyProcess).toBe('08');
    expect(filtersFromSearch(new URLSearchParams('keyProcess=19')).keyProcess).toBeUndefined();
    expect(filtersFromSearch(new URLSearchParams('keyProcess=x')).keyProcess).toBeUndefined();
  });
  it('keeps the major hazard source filter only as true or false', () => {
    expect(filtersFromSearch(new URLSearchParams('hasMajorHazardSource=true')).hasMajorHazardSource).toBe(
      'true',
    );
    expect(filtersFromSearch(new URLSearchParams('hasMajorHazardSource=false')).hasMajorHazardSource).toBe(
      'false',
    );
    expect(
      filtersFromSearch(new URLSearchParams('hasMajorHazardSource=1')).hasMajorHazardSource,
    ).toBeUndefined();
  });
});
