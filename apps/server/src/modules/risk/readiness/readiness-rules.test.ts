import {
  accidentType1986Code,
  accidentType2025Code,
  measureClassify2,
  NATIONAL_LIMITS,
} from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import {
  checkEvent,
  checkMeasure,
  checkObject,
  checkReadiness,
  checkUnit,
  readinessLinks,
  type ReadinessEvent,
  type ReadinessMeasure,
  type ReadinessObject,
  type ReadinessUnit,
} from './readiness-rules.ts';

const TODAY = '2026-12-03';
const object = (o: Partial<ReadinessObject> = {}): ReadinessObject => ({
  id: 'o1',
  code: 'A01',
  name: '罐区',
  kind: 'area',
  responsibleUnitId: 'org-1',
  responsibleUserId: 'user-1',
  responsibleUserName: '王强',
  isMajorSource: false,
  majorSourceCode: null,
  majorSourceKind: null,
  filingDate: null,
  filingValidUntil: null,
  lat: null,
  lng: null,
  ...o,
});
const unit = (u: Partial<ReadinessUnit> = {}): ReadinessUnit => ({
  id: 'u1',
  objectId: 'o1',
  code: 'A01-01',
  name: '1#甲醇储罐',
  responsibleUnitId: 'org-1',
  responsibleUserId: 'user-1',
  responsibleUserName: '王强',
  currentLevel: 'general',
  ...u,
});
const event = (e: Partial<ReadinessEvent> = {}): ReadinessEvent => ({
  id: 'e1',
  unitId: 'u1',
  name: '储罐泄漏引发火灾',
  accidentTypes1986: ['015'],
  accidentTypes2025: [],
  inherentLevel: 'significant',
  residualLevel: 'general',
  ...e,
});
const measure = (m: Partial<ReadinessMeasure> = {}): ReadinessMeasure => ({
  id: 'm1',
  eventId: 'e1',
  content: '设置可燃气体检测报警仪',
  dataSrc: 'investigation',
  classify1: '1',
  classify2: '1-4',
  classify3: null,
  troubleshootContent: '检查报警仪是否完好、在检定期内',
  ...m,
});

const rules = (findings: { field: string; rule: string }[]) => findings.map((f) => `${f.field}:${f.rule}`);

describe('risk object', () => {
  it('is ready with a name, a kind and a responsible unit and person', () => {
    expect(checkObject(object(), 1, TODAY)).toEqual([]);
  });

  it.each([
    ['name', { name: ' ' }, 'name:required'],
    ['kind', { kind: 'tank' }, 'kind:codeList'],
    ['responsible unit', { responsibleUnitId: null }, 'responsibleUnit:required'],
    [
      'responsible person',
      { responsibleUserId: null, responsibleUserName: null },
      'responsiblePerson:required',
    ],
  ])('needs its %s', (_, patch, expected) => {
    expect(rules(checkObject(object(patch), 1, TODAY))).toEqual([expected]);
  });

  it('keeps names within the national widths, counting characters not bytes', () => {
    expect(checkObject(object({ name: '罐'.repeat(NATIONAL_LIMITS.recordName) }), 1, TODAY)).toEqual([]);
    expect(checkObject(object({ name: '罐'.repeat(NATIONAL_LIMITS.recordName + 1) }), 1, TODAY)).toEqual([
      { field: 'name', rule: 'maxLength', params: { max: 100, actual: 101 } },
    ]);
    expect(checkObject(object({ responsibleUserName: '张'.repeat(20) }), 1, TODAY)).toEqual([]);
    expect(checkObject(object({ responsibleUserName: '张'.repeat(21) }), 1, TODAY)).toEqual([
      { field: 'responsiblePerson', rule: 'maxLength', params: { max: 20, actual: 21 } },
    ]);
  });

  const filed = {
    majorSourceKind: 'tankFarm',
    filingDate: '2024-03-01',
    filingValidUntil: '2027-02-28',
  } as const;

  it('asks a major source for its registration code as issued, kind, filing and coordinates', () => {
    expect(rules(checkObject(object({ isMajorSource: true }), 1, TODAY))).toEqual([
      'majorSourceCode:registrationCode',
      'majorSourceKind:required',
      'filing:required',
      'location:coordinates',
    ]);
    expect(
      rules(
        checkObject(object({ isMajorSource: true, majorSourceCode: '  ', lat: 30.1, ...filed }), 1, TODAY),
      ),
    ).toEqual(['majorSourceCode:registrationCode', 'location:coordinates']);
    expect(
      checkObject(
        object({ isMajorSource: true, majorSourceCode: '340824001', lat: 30.1, lng: 117.2, ...filed }),
        1,
        TODAY,
      ),
    ).toEqual([]);
    // Other objects are reported without either.
    expect(checkObject(object({ majorSourceCode: null, lat: null }), 1, TODAY)).toEqual([]);
  });

  it('flags a filing whose validity has passed, from the day after it ends', () => {
    const ms = (filingValidUntil: string) =>
      checkObject(
        object({
          isMajorSource: true,
          majorSourceCode: '340824001',
          lat: 30.1,
          lng: 117.2,
          ...filed,
          filingValidUntil,
        }),
        1,
        '2026-12-03',
      );
    expect(ms('2026-12-03')).toEqual([]);
    expect(ms('2026-12-02')).toEqual([{ field: 'filing', rule: 'expired', params: { date: '2026-12-02' } }]);
    expect(
      rules(checkObject(object({ isMajorSource: true, ...filed, filingDate: null }), 1, TODAY)),
    ).toContain('filing:required');
  });

  it('needs at least one analysis unit', () => {
    expect(rules(checkObject(object(), 0, TODAY))).toEqual(['units:chain']);
  });
});

describe('analysis unit', () => {
  it('is ready with a name, a responsible unit and person, a level and events', () => {
    expect(checkUnit(unit(), [event()])).toEqual([]);
  });

  it.each([
    ['name', { name: '' }, 'name:required'],
    ['responsible unit', { responsibleUnitId: null }, 'responsibleUnit:required'],
    [
      'responsible person',
      { responsibleUserId: null, responsibleUserName: null },
      'responsiblePerson:required',
    ],
    ['level code', { currentLevel: 'red' }, 'level:codeList'],
  ])('needs its %s', (_, patch, expected) => {
    expect(rules(checkUnit(unit(patch), [event()]))).toEqual([expected]);
  });

  it('needs a level once one of its events is assessed, not before', () => {
    expect(rules(checkUnit(unit({ currentLevel: null }), [event()]))).toEqual(['level:required']);
    expect(rules(checkUnit(unit({ currentLevel: null }), [event({ inherentLevel: null })]))).toEqual([
      'level:required',
    ]);
    expect(
      checkUnit(unit({ currentLevel: null }), [event({ inherentLevel: null, residualLevel: null })]),
    ).toEqual([]);
  });

  it('needs at least one risk event, and a short enough person name', () => {
    expect(rules(checkUnit(unit(), []))).toEqual(['events:chain']);
    expect(rules(checkUnit(unit({ responsibleUserName: '欧'.repeat(21) }), [event()]))).toEqual([
      'responsiblePerson:maxLength',
    ]);
    expect(rules(checkUnit(unit({ name: '单'.repeat(101) }), [event()]))).toEqual(['name:maxLength']);
  });
});

describe('risk event', () => {
  it('is ready with a name, accident types from either GB 6441 list and a measure', () => {
    expect(checkEvent(event(), 1)).toEqual([]);
    for (const code of accidentType2025Code.options)
      expect(checkEvent(event({ accidentTypes1986: [], accidentTypes2025: [code] }), 1)).toEqual([]);
  });

  it('accepts every GB 6441-1986 code and refuses codes outside the lists', () => {
    for (const code of accidentType1986Code.options)
      expect(checkEvent(event({ accidentTypes1986: [code] }), 1)).toEqual([]);
    expect(checkEvent(event({ accidentTypes1986: ['099', '015'], accidentTypes2025: ['ZZ'] }), 1)).toEqual([
      { field: 'accidentTypes', rule: 'codeList', params: { value: '099, ZZ' } },
    ]);
  });

  it.each([
    ['name', { name: '' }, 0, ['name:required', 'measures:chain']],
    ['name width', { name: '事'.repeat(101) }, 1, ['name:maxLength']],
    ['accident types', { accidentTypes1986: [], accidentTypes2025: [] }, 1, ['accidentTypes:required']],
  ] as const)('needs its %s', (_, patch, measures, expected) => {
    expect(rules(checkEvent(event(patch), measures))).toEqual(expected);
  });
});

describe('control measure', () => {
  it('is ready with content, dataSrc, classify1/classify2 in their lists and what to check', () => {
    expect(checkMeasure(measure())).toEqual([]);
  });

  it('accepts every classify2 under its own classify1 and refuses it under another', () => {
    for (const c2 of measureClassify2.options) {
      const c1 = c2.split('-')[0]!;
      expect(checkMeasure(measure({ classify1: c1, classify2: c2 }))).toEqual([]);
      const other = c1 === '1' ? '2' : '1';
      expect(checkMeasure(measure({ classify1: other, classify2: c2 }))).toEqual([
        { field: 'classify2', rule: 'classifyPair', params: { value: c2, classify1: other } },
      ]);
    }
  });

  it.each([
    ['content', { content: '' }, ['content:required']],
    ['content width', { content: '措'.repeat(1001) }, ['content:maxLength']],
    ['dataSrc code', { dataSrc: '3' }, ['dataSrc:codeList']],
    ['classify1', { classify1: null }, ['classify1:required']],
    ['classify1 code', { classify1: '5' }, ['classify1:codeList']],
    ['classify2', { classify2: null }, ['classify2:required']],
    ['classify2 code', { classify2: '1-9' }, ['classify2:codeList']],
    [
      'both classifications',
      { classify1: null, classify2: null },
      ['classify1:required', 'classify2:required'],
    ],
    ['classify3 width', { classify3: '类'.repeat(101) }, ['classify3:maxLength']],
    ['check content', { troubleshootContent: ' ' }, ['troubleshootContent:required']],
    ['check content width', { troubleshootContent: '查'.repeat(1001) }, ['troubleshootContent:maxLength']],
  ] as const)('needs its %s', (_, patch, expected) => {
    expect(rules(checkMeasure(measure(patch)))).toEqual(expected);
  });

  it('asks what to check only of investigation measures', () => {
    expect(checkMeasure(measure({ dataSrc: 'monitoring', troubleshootContent: '' }))).toEqual([]);
    expect(
      checkMeasure(measure({ classify3: '类'.repeat(100), troubleshootContent: '查'.repeat(1000) })),
    ).toEqual([]);
  });
});

describe('the register', () => {
  const register = {
    objects: [
      object(),
      object({
        id: 'o2',
        code: 'B01',
        name: '重大危险源罐区',
        isMajorSource: true,
        majorSourceKind: 'tankFarm',
        filingDate: '2024-03-01',
        filingValidUntil: '2027-02-28',
      }),
    ],
    units: [unit(), unit({ id: 'u2', objectId: 'o2', code: 'B01-01', name: '液氨储罐' })],
    events: [event(), event({ id: 'e2', unitId: 'u2', name: '液氨泄漏中毒' })],
    measures: [measure(), measure({ id: 'm2', eventId: 'e2', classify1: null, content: '配备防毒面具' })],
  };

  it('counts records checked, ready and with problems, per type and in all', () => {
    const r = checkReadiness(register, TODAY);
    expect(r.counts).toEqual({ checked: 8, ready: 6, withProblems: 2 });
    expect(r.byType.riskObject).toEqual({ checked: 2, ready: 1, withProblems: 1 });
    expect(r.byType.riskControlMeasure).toEqual({ checked: 2, ready: 1, withProblems: 1 });
    expect(r.truncated).toBe(false);
  });

  it('lists each problem with its record, where it sits, a message code and a link to fix it', () => {
    const r = checkReadiness(register, TODAY);
    expect(r.problems).toEqual([
      {
        entityType: 'riskObject',
        entityId: 'o2',
        label: 'B01 重大危险源罐区',
        trail: [],
        field: 'majorSourceCode',
        rule: 'registrationCode',
        code: 'reporting.rule.registrationCode',
        params: {},
        link: '/risk/register?object=o2&edit=object',
      },
      expect.objectContaining({ entityId: 'o2', field: 'location', rule: 'coordinates' }),
      {
        entityType: 'riskControlMeasure',
        entityId: 'm2',
        label: '配备防毒面具',
        trail: ['B01 重大危险源罐区', 'B01-01 液氨储罐', '液氨泄漏中毒'],
        field: 'classify1',
        rule: 'required',
        code: 'reporting.rule.required',
        params: {},
        link: readinessLinks.measure('u2', 'm2'),
      },
    ]);
  });

  it('caps the list but not the counts', () => {
    const r = checkReadiness(register, TODAY, 1);
    expect(r.problems).toHaveLength(1);
    expect(r.truncated).toBe(true);
    expect(r.counts.withProblems).toBe(2);
  });

  it('counts an empty register as nothing to report', () => {
    expect(checkReadiness({ objects: [], units: [], events: [], measures: [] }, TODAY)).toMatchObject({
      counts: { checked: 0, ready: 0, withProblems: 0 },
      problems: [],
    });
  });

  it('links events and units to their place in the register', () => {
    expect(readinessLinks.event('u1', 'e1')).toBe('/risk/register?unit=u1&edit=event:e1');
    expect(readinessLinks.unit('u1')).toBe('/risk/register?unit=u1&edit=unit');
  });
});
