import { describe, expect, it } from 'vitest';
import { groupMeasures } from './measures.presenter.ts';
import type { MeasureRow } from './measures.repository.ts';

const row = (o: Partial<MeasureRow>): MeasureRow => ({
  enterpriseId: 'e',
  id: o.id ?? crypto.randomUUID(),
  eventId: 'ev',
  kind: 'control',
  hierarchy: null,
  classify1: null,
  classify2: null,
  classify3: null,
  content: '',
  troubleshootContent: '',
  failureSign: '',
  dataSrc: 'investigation',
  responsibleUnitId: null,
  responsibleUserId: null,
  sort: 0,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  ...o,
});

describe('groupMeasures', () => {
  it('orders controls by the hierarchy of controls, then by sort, and keeps emergency measures apart', () => {
    const g = groupMeasures([
      row({ id: 'ppe', hierarchy: 'ppe' }),
      row({ id: 'adm2', hierarchy: 'administrative', sort: 2 }),
      row({ id: 'em', kind: 'emergency' }),
      row({ id: 'elim', hierarchy: 'elimination', sort: 9 }),
      row({ id: 'adm1', hierarchy: 'administrative', sort: 1 }),
      row({ id: 'sub', hierarchy: 'substitution' }),
      row({ id: 'eng', hierarchy: 'engineering' }),
    ]);
    expect(g.measures.map((m) => m.id)).toEqual(['elim', 'sub', 'eng', 'adm1', 'adm2', 'ppe']);
    expect(g.emergencyMeasures.map((m) => m.id)).toEqual(['em']);
  });
});
