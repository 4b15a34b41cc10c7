import { describe, expect, it } from 'vitest';
import { milestonesOf, type ProgressFacts } from './progress-milestones.ts';
import { departmentsOf, groupProgress, townshipOf, type RemitLine } from './progress-groups.ts';
import { decideReportTransition } from './progress-report.state.ts';

const county = '99.9901';
const remits: RemitLine[] = [
  { id: 'bureau', name: '县应急局', level: 'county', path: county, industryCode: '*' },
  { id: 'housing', name: '县住建局', level: 'county', path: county, industryCode: 'gas' },
  { id: 'housing', name: '县住建局', level: 'county', path: county, industryCode: 'construction' },
  {
    id: 'commerce',
    name: '县商务局',
    level: 'county',
    path: county,
    industryCode: 'industry_trade.commerce',
  },
  { id: 'town-a', name: 'A镇', level: 'township', path: `${county}.01`, industryCode: '*' },
  { id: 'far', name: '外县住建局', level: 'county', path: '99.9902', industryCode: 'gas' },
];

describe('departmentsOf', () => {
  it('is the industry departments whose remit covers the enterprise, once each', () => {
    expect(
      departmentsOf({ jurisdictionPath: `${county}.01`, industryCodes: ['gas', 'construction'] }, remits),
    ).toEqual([{ id: 'housing', name: '县住建局' }]);
  });
  it('matches a department of a parent industry, not of a child', () => {
    expect(
      departmentsOf({ jurisdictionPath: `${county}.02`, industryCodes: ['industry_trade.commerce'] }, remits),
    ).toEqual([{ id: 'commerce', name: '县商务局' }]);
    expect(
      departmentsOf({ jurisdictionPath: `${county}.02`, industryCodes: ['industry_trade'] }, remits),
    ).toEqual([{ id: 'bureau', name: '县应急局' }]);
  });
  it('falls to the comprehensive regulator above township level, never to the township', () => {
    expect(
      departmentsOf({ jurisdictionPath: `${county}.01`, industryCodes: ['hazardous_chemicals'] }, remits),
    ).toEqual([{ id: 'bureau', name: '县应急局' }]);
  });
  it('ignores departments of another place', () => {
    expect(departmentsOf({ jurisdictionPath: '99.9903', industryCodes: ['gas'] }, remits)).toEqual([]);
  });
});

describe('townshipOf', () => {
  const towns = [
    { code: 'a', path: `${county}.01` },
    { code: 'b', path: `${county}.011` },
  ];
  it('finds the township by path segment, not by string prefix', () => {
    expect(townshipOf(`${county}.011.7`, towns)?.code).toBe('b');
    expect(townshipOf(`${county}.01`, towns)?.code).toBe('a');
    expect(townshipOf(county, towns)).toBeNull();
  });
});

const facts = (f: Partial<ProgressFacts> = {}): ProgressFacts => ({
  status: 'approved',
  approvedOn: '2026-01-01',
  registerPublishedOn: '2026-01-02',
  units: 1,
  unitsApproved: 1,
  mapOn: '2026-01-03',
  unitsPlaced: 1,
  posts: 1,
  postsCarded: 1,
  cardsOn: '2026-01-04',
  items: 1,
  firstTaskOn: '2026-01-05',
  due: 10,
  done: 10,
  reportState: 'submitted',
  reportOn: '2026-11-01',
  ...f,
});

describe('groupProgress', () => {
  const rows = [
    {
      townshipCode: 'a',
      townshipName: 'A镇',
      industryCodes: ['gas', 'industry_trade.commerce'],
      industryNames: [],
      departments: [
        { id: 'housing', name: '县住建局' },
        { id: 'commerce', name: '县商务局' },
      ],
      milestones: milestonesOf(facts(), '2026-11-30'),
    },
    {
      townshipCode: null,
      townshipName: null,
      industryCodes: ['gas'],
      industryNames: [],
      departments: [],
      milestones: milestonesOf(facts({ status: 'pending', approvedOn: null }), '2026-11-30'),
    },
  ];
  const names: Record<string, string> = { gas: '燃气', industry_trade: '工贸' };
  it('counts by township, the unplaced last', () => {
    const g = groupProgress(rows, 'township', (c) => names[c] ?? c);
    expect(g.map((x) => [x.key, x.total, x.complete, x.reached.registered])).toEqual([
      ['a', 1, 1, 1],
      ['', 1, 0, 0],
    ]);
  });
  it('counts an enterprise in each of its top-level industries, in pinyin order', () => {
    const g = groupProgress(rows, 'industry', (c) => names[c] ?? c);
    expect(g.map((x) => [x.key, x.name, x.total])).toEqual([
      ['industry_trade', '工贸', 1],
      ['gas', '燃气', 2],
    ]);
  });
  it('counts by department', () => {
    const g = groupProgress(rows, 'department', (c) => c);
    expect(g.map((x) => [x.key, x.total]).sort()).toEqual([
      ['', 1],
      ['commerce', 1],
      ['housing', 1],
    ]);
  });
});

describe('decideReportTransition', () => {
  const states = [null, 'submitted', 'accepted', 'returned'] as const;
  const table = {
    submit: { null: 'submitted', submitted: null, accepted: null, returned: 'submitted' },
    accept: { null: null, submitted: 'accepted', accepted: null, returned: null },
    return: { null: null, submitted: 'returned', accepted: null, returned: null },
  } as const;
  for (const action of ['submit', 'accept', 'return'] as const)
    for (const from of states) {
      const to = table[action][String(from) as 'null'];
      it(`${action} from ${String(from)} → ${to ?? 'refused'}`, () => {
        const d = decideReportTransition(from, action);
        if (to) expect(d).toEqual({ ok: true, to });
        else expect(d.ok).toBe(false);
      });
    }
});
