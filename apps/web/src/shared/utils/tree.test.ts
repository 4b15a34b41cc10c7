import { describe, expect, it } from 'vitest';
import { ancestorKeys, buildTree, descendantKeys, mapTree } from './tree.ts';

type Row = { code: string; parentCode: string | null; name: string };
const rows: Row[] = [
  { code: '411500', parentCode: '410000', name: '信阳市' },
  { code: '411502', parentCode: '411500', name: '浉河区' },
  { code: '410000', parentCode: null, name: '河南省' },
  { code: '411503', parentCode: '411500', name: '平桥区' },
  { code: '411503001', parentCode: '411503', name: '平桥街道' },
];
const key = (r: Row) => r.code;
const parent = (r: Row) => r.parentCode;

describe('buildTree', () => {
  it('nests children under their parents in the given order', () => {
    const forest = buildTree(rows, key, parent);
    expect(
      mapTree(forest, (r, children: unknown[]) => (children.length ? { [r.name]: children } : r.name)),
    ).toEqual([{ 河南省: [{ 信阳市: ['浉河区', { 平桥区: ['平桥街道'] }] }] }]);
  });
  it('promotes orphans to roots', () => {
    const forest = buildTree(rows.slice(3), key, parent);
    expect(forest.map((n) => n.item.code)).toEqual(['411503']);
  });
  it('sorts siblings when asked', () => {
    const forest = buildTree(rows, key, parent, (a, b) => b.code.localeCompare(a.code));
    expect(forest[0]?.children[0]?.children.map((n) => n.item.code)).toEqual(['411503', '411502']);
  });
});

describe('ancestorKeys', () => {
  const byKey = new Map(rows.map((r) => [r.code, r]));
  it('walks from the root to the key', () => {
    expect(ancestorKeys('411503001', byKey, parent)).toEqual(['410000', '411500', '411503', '411503001']);
  });
  it('is empty for an unknown key and survives cycles', () => {
    expect(ancestorKeys('999999', byKey, parent)).toEqual([]);
    const cyclic = new Map<string, Row>([
      ['a', { code: 'a', parentCode: 'b', name: 'a' }],
      ['b', { code: 'b', parentCode: 'a', name: 'b' }],
    ]);
    expect(ancestorKeys('a', cyclic, parent)).toEqual(['b', 'a']);
  });
});

describe('descendantKeys', () => {
  it('lists a subtree', () => {
    const [root] = buildTree(rows, key, parent);
    expect(root ? descendantKeys(root, key).sort() : []).toEqual(rows.map((r) => r.code).sort());
  });
});
