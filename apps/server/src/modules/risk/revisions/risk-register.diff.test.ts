import type {
  RiskRevisionEntry,
  RiskSnapshotEvent,
  RiskSnapshotMeasure,
  RiskUnitSnapshot,
} from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import { diffRegister, diffUnit } from './risk-register.diff.ts';

const measure = (id: string, over: Partial<RiskSnapshotMeasure> = {}): RiskSnapshotMeasure => ({
  id,
  kind: 'control',
  hierarchy: 'engineering',
  classify1: null,
  classify2: null,
  classify3: null,
  content: `措施${id}`,
  troubleshootContent: '',
  failureSign: '',
  responsibleUnitId: null,
  responsibleUserId: null,
  ...over,
});
const event = (id: string, over: Partial<RiskSnapshotEvent> = {}): RiskSnapshotEvent => ({
  id,
  name: `事件${id}`,
  description: '',
  accidentTypes1986: ['08'],
  accidentTypes2025: [],
  state: 'normal',
  tense: 'present',
  consequences: '',
  inherentLevel: 'major',
  residualLevel: 'general',
  factors: [],
  inherentAssessment: null,
  residualAssessment: null,
  measures: [measure(`${id}-m1`)],
  ...over,
});
const snapshot = (
  code: string,
  events: RiskSnapshotEvent[],
  over: Partial<RiskUnitSnapshot['unit']> = {},
): RiskUnitSnapshot => ({
  unit: {
    id: code,
    code,
    name: `单元${code}`,
    description: '',
    objectId: 'o',
    objectCode: 'O-1',
    objectName: '储罐区',
    responsibleUnitId: null,
    responsibleUserId: 'u1',
    controlTier: 'workshop',
    controlUnitId: null,
    controlUserId: null,
    inherentLevel: 'major',
    residualLevel: 'general',
    ...over,
  },
  events,
});
const entry = (
  code: string,
  version: number,
  events: RiskSnapshotEvent[],
  over: Partial<RiskUnitSnapshot['unit']> = {},
): RiskRevisionEntry => ({
  unitId: code,
  version,
  snapshot: snapshot(code, events, over),
});

describe('register diff', () => {
  it('finds nothing between identical revisions', () => {
    const units = [entry('A', 1, [event('e1')]), entry('B', 2, [event('e2')])];
    expect(diffRegister({ revision: 1, units }, { revision: 2, units })).toEqual({
      from: 1,
      to: 2,
      unitsAdded: [],
      unitsRemoved: [],
      unitsChanged: [],
      unchangedCount: 2,
    });
  });

  it('lists added and removed units by code', () => {
    const d = diffRegister(
      { revision: 1, units: [entry('A', 1, []), entry('C', 1, [])] },
      { revision: 2, units: [entry('A', 1, []), entry('D', 1, []), entry('B', 3, [])] },
    );
    expect(d.unitsAdded).toEqual([
      { unitId: 'B', code: 'B', name: '单元B', version: 3 },
      { unitId: 'D', code: 'D', name: '单元D', version: 1 },
    ]);
    expect(d.unitsRemoved).toEqual([{ unitId: 'C', code: 'C', name: '单元C', version: 1 }]);
    expect(d.unchangedCount).toBe(1);
  });

  it('reports unit field changes and highlights level changes', () => {
    const d = diffUnit(
      entry('A', 1, [event('e1')]),
      entry('A', 2, [event('e1')], { name: '新名称', residualLevel: 'significant', responsibleUserId: 'u2' }),
    );
    expect(d?.fields).toEqual([
      { field: 'name', from: '单元A', to: '新名称' },
      { field: 'responsibleUserId', from: 'u1', to: 'u2' },
      { field: 'residualLevel', from: 'general', to: 'significant' },
    ]);
    expect(d?.levelChanges).toEqual([{ kind: 'residual', from: 'general', to: 'significant' }]);
    expect(d).toMatchObject({
      fromVersion: 1,
      toVersion: 2,
      eventsAdded: [],
      eventsRemoved: [],
      eventsChanged: [],
    });
  });

  it('reports events added, removed and changed, with their level changes', () => {
    const d = diffUnit(
      entry('A', 1, [event('e1'), event('e2')]),
      entry('A', 2, [
        event('e1', { inherentLevel: 'significant', residualLevel: 'low', consequences: '人员伤亡' }),
        event('e3'),
      ]),
    );
    expect(d?.eventsAdded).toEqual([{ eventId: 'e3', name: '事件e3', residualLevel: 'general' }]);
    expect(d?.eventsRemoved).toEqual([{ eventId: 'e2', name: '事件e2', residualLevel: 'general' }]);
    expect(d?.eventsChanged).toEqual([
      {
        eventId: 'e1',
        name: '事件e1',
        fields: [
          { field: 'consequences', from: '', to: '人员伤亡' },
          { field: 'inherentLevel', from: 'major', to: 'significant' },
          { field: 'residualLevel', from: 'general', to: 'low' },
        ],
        levelChanges: [
          { kind: 'inherent', from: 'major', to: 'significant' },
          { kind: 'residual', from: 'general', to: 'low' },
        ],
      },
    ]);
    // The measures of added and removed events are listed as added and removed too.
    expect(d?.measuresAdded.map((m) => m.measureId)).toEqual(['e3-m1']);
    expect(d?.measuresRemoved.map((m) => m.measureId)).toEqual(['e2-m1']);
  });

  it('reports measures added, removed, changed and moved between events', () => {
    const before = [
      event('e1', { measures: [measure('m1'), measure('m2')] }),
      event('e2', { measures: [measure('m4')] }),
    ];
    const after = [
      event('e1', {
        measures: [
          measure('m1', { content: '改进后的措施', hierarchy: 'elimination' }),
          measure('m3', { kind: 'emergency', hierarchy: null }),
        ],
      }),
      event('e2', { measures: [measure('m4'), measure('m2')] }),
    ];
    const d = diffUnit(entry('A', 1, before), entry('A', 2, after));
    expect(d?.measuresAdded).toEqual([
      { measureId: 'm3', eventId: 'e1', kind: 'emergency', content: '措施m3' },
    ]);
    expect(d?.measuresRemoved).toEqual([]);
    expect(d?.measuresChanged).toEqual([
      {
        measureId: 'm1',
        eventId: 'e1',
        kind: 'control',
        content: '改进后的措施',
        fields: [
          { field: 'hierarchy', from: 'engineering', to: 'elimination' },
          { field: 'content', from: '措施m1', to: '改进后的措施' },
        ],
      },
      {
        measureId: 'm2',
        eventId: 'e2',
        kind: 'control',
        content: '措施m2',
        fields: [{ field: 'eventId', from: 'e1', to: 'e2' }],
      },
    ]);
    // The events' own fields did not change, so they are not listed as changed.
    expect(d?.eventsChanged).toEqual([]);
  });

  it('treats a changed assessment or factor list as an event change', () => {
    const assessed = {
      id: 'a1',
      method: 'lec' as const,
      tableVersion: 'lec-default@1',
      inputs: { l: 3, e: 6, c: 15 },
      score: 270,
      level: 'significant' as const,
      explanation: '',
    };
    const d = diffUnit(
      entry('A', 1, [event('e1', { inherentAssessment: assessed })]),
      entry('A', 2, [
        event('e1', {
          inherentAssessment: { ...assessed, id: 'a2', inputs: { l: 3, e: 6, c: 7 } },
          factors: [{ code: '2', note: '' }],
        }),
      ]),
    );
    expect(d?.eventsChanged[0]?.fields.map((f) => f.field)).toEqual(['factors', 'inherentAssessment']);
    expect(d?.eventsChanged[0]?.levelChanges).toEqual([]);
  });

  it('sees a new version with the same content as unchanged, and key order as irrelevant', () => {
    const a = entry('A', 1, [event('e1')]);
    const reordered: RiskRevisionEntry = {
      ...a,
      version: 2,
      snapshot: { events: a.snapshot.events, unit: { ...a.snapshot.unit } },
    };
    expect(diffUnit(a, reordered)).toBeNull();
    expect(
      diffRegister({ revision: 1, units: [a] }, { revision: 2, units: [reordered] }).unchangedCount,
    ).toBe(1);
  });

  it('lists changed units by code', () => {
    const d = diffRegister(
      { revision: 3, units: [entry('B', 1, []), entry('A', 1, [])] },
      { revision: 4, units: [entry('B', 2, [], { name: 'b' }), entry('A', 2, [], { name: 'a' })] },
    );
    expect(d.unitsChanged.map((u) => u.code)).toEqual(['A', 'B']);
  });
});
