import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '../api/org-unit-api.ts';
import { orgTreeOptions } from './org-unit-tree-data.ts';

const units: OrgUnit[] = [
  { id: 'b', parentId: null, name: '生产部', kind: 'department', sort: 2 },
  { id: 'a', parentId: null, name: '安全环保部', kind: 'department', sort: 1 },
  { id: 'c', parentId: 'b', name: '一车间', kind: 'workshop', sort: 1 },
  { id: 'd', parentId: 'c', name: '甲班', kind: 'team', sort: 1 },
];

describe('orgTreeOptions', () => {
  it('orders siblings by sort', () => {
    expect(orgTreeOptions(units).map((o) => o.title)).toEqual(['安全环保部', '生产部']);
  });
  it('disables the unit being moved and its descendants', () => {
    const options = orgTreeOptions(units, 'c');
    const production = options[1];
    expect(production?.disabled).toBeUndefined();
    expect(production?.children?.[0]?.disabled).toBe(true);
    expect(production?.children?.[0]?.children?.[0]?.disabled).toBe(true);
  });
});
