import type { RiskRegisterDiff } from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import { diffCounts, diffRows, showValue } from './diff-model.ts';

const diff: RiskRegisterDiff = {
  from: 1,
  to: 2,
  unitsAdded: [{ unitId: 'u2', code: 'U2', name: '新单元', version: 1 }],
  unitsRemoved: [],
  unitsChanged: [
    {
      unitId: 'u1',
      code: 'U1',
      name: '储罐',
      fromVersion: 1,
      toVersion: 2,
      fields: [{ field: 'name', from: '罐', to: '储罐' }],
      levelChanges: [{ kind: 'residual', from: 'general', to: 'significant' }],
      eventsAdded: [{ eventId: 'e2', name: '泄漏', residualLevel: null }],
      eventsRemoved: [],
      eventsChanged: [],
      measuresAdded: [],
      measuresRemoved: [{ measureId: 'm1', eventId: 'e1', kind: 'control', content: '巡检' }],
      measuresChanged: [
        {
          measureId: 'm2',
          eventId: 'e1',
          kind: 'control',
          content: '联锁',
          fields: [{ field: 'content', from: null, to: ['a', 'b'] }],
        },
      ],
    },
  ],
  unchangedCount: 3,
};

describe('diff rendering model', () => {
  it('flattens units, events and measures with escalations first', () => {
    const rows = diffRows(diff);
    expect(rows[0]).toMatchObject({ entity: 'unit', change: 'changed', isEscalation: true });
    expect(rows.map((r) => `${r.change}:${r.entity}`)).toEqual([
      'changed:unit',
      'added:unit',
      'added:event',
      'removed:measure',
      'changed:measure',
    ]);
    expect(rows[4]?.fields).toEqual([{ field: 'content', from: '—', to: 'a、b' }]);
    expect(diffCounts(rows)).toEqual({ added: 2, removed: 1, changed: 2 });
  });

  it('shows values', () => {
    expect(showValue(null)).toBe('—');
    expect(showValue([])).toBe('—');
    expect(showValue({ a: 1 })).toBe('{"a":1}');
  });
});
