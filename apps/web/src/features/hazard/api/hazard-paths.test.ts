import { hazardListQuery } from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import { hazardArchiveUrl, hazardExportUrl, hazardListParams, hazardPath } from './hazard-paths.ts';

const ent = '00000000-0000-4000-8000-000000000001';
const id = '00000000-0000-4000-8000-000000000002';
const ext = '00000000-0000-4000-8000-000000000003';

describe('hazardPath', () => {
  it('fills the enterprise, the hazard and the extension into the contract templates', () => {
    expect(hazardPath('list', ent)).toBe(`/enterprises/${ent}/hazards`);
    expect(hazardPath('confirm', ent, id)).toBe(`/enterprises/${ent}/hazards/${id}/confirm`);
    expect(hazardPath('approveExtension', ent, id, ext)).toBe(
      `/enterprises/${ent}/hazards/${id}/extensions/${ext}/approve`,
    );
  });

  it('encodes what it fills in', () => {
    expect(hazardPath('detail', ent, 'a/b')).toBe(`/enterprises/${ent}/hazards/a%2Fb`);
  });
});

describe('hazardListParams', () => {
  it('drops empty filters and sends set flags only', () => {
    expect(hazardListParams({ state: [], q: '  ', overdue: false, mine: true })).toEqual(
      expect.objectContaining({ state: undefined, q: undefined, overdue: undefined, mine: 'true' }),
    );
  });

  it('builds a query the contract parses back to the same filters', () => {
    const params = hazardListParams(
      {
        state: ['reported', 'rectifying'],
        grade: 'major',
        overdue: true,
        unitId: id,
        from: '2026-05-01',
        to: '2026-05-31',
        q: ' 灭火器 ',
        limit: 20,
      },
      'cursor-1',
    );
    const strings = Object.fromEntries(
      Object.entries(params).flatMap(([k, v]) => (v === undefined || v === null ? [] : [[k, String(v)]])),
    );
    expect(hazardListQuery.parse(strings)).toMatchObject({
      state: ['reported', 'rectifying'],
      grade: 'major',
      overdue: true,
      unitId: id,
      from: '2026-05-01',
      to: '2026-05-31',
      q: '灭火器',
      cursor: 'cursor-1',
      limit: 20,
    });
  });
});

describe('download links', () => {
  it('carry the list and the page’s filters, never its paging', () => {
    const url = hazardExportUrl('e1', 'closeOut', {
      state: ['closed', 'handedOver'],
      q: '阀门',
      sort: 'deadline',
      limit: 50,
    });
    const parsed = new URL(url, 'http://x');
    expect(parsed.pathname).toBe('/api/v1/enterprises/e1/hazards/export.xlsx');
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      list: 'closeOut',
      state: 'closed,handedOver',
      q: '阀门',
    });
  });

  it('name the archive’s period only when one is chosen', () => {
    expect(hazardArchiveUrl('e1')).toBe('/api/v1/enterprises/e1/hazards/archive.zip');
    expect(hazardArchiveUrl('e1', '2026-01-01', '2026-06-30')).toBe(
      '/api/v1/enterprises/e1/hazards/archive.zip?from=2026-01-01&to=2026-06-30',
    );
  });
});
