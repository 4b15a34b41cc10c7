/**
 * Accounts: per enterprise (principal, safety manager, unit/team leads, workers on posts), per
 * regulator (an admin and inspectors), experts, a safety evaluation agency's evaluator and the
 * platform administrator. Names and phones
 * come from people.ts; usernames are the name's pinyin, numbered on collision, except the demo
 * personas' fixed usernames (personas.ts).
 */
import { principalSeed, safetyManagerSeed } from './enterprise-builder.ts';
import { demoEnterprises, SHOWCASE_ENTERPRISE_KEY } from './enterprises.ts';
import { flattenOrgUnits, orgTreeOf, SAFETY_UNIT_SLUG, templateOf, type FlatOrgUnit } from './org-trees.ts';
import { personFor } from './people.ts';
import { demoRegulators, EMERGENCY_BUREAU_KEY } from './regulators.ts';
import type { DemoEnterprise, DemoRegulator, DemoRole, DemoScale, DemoUser } from './types.ts';

/** Person seed → fixed persona username. */
const PERSONA_USERNAMES: Record<string, string> = {
  [principalSeed(SHOWCASE_ENTERPRISE_KEY)]: 'fuzeren',
  [safetyManagerSeed(SHOWCASE_ENTERPRISE_KEY)]: 'anquan',
  [`${SHOWCASE_ENTERPRISE_KEY}:worker:0`]: 'gongren',
  [`${EMERGENCY_BUREAU_KEY}:inspector:0`]: 'yingji',
  'qx-housing:inspector:0': 'zhujian',
  'twp-lingang:admin': 'xiangzhen',
  'agency:0': 'pingjia',
  'platform:admin': 'admin',
};

/** The evaluation agency the demo's agency account works for. */
export const DEMO_AGENCY_NAME = '江苏安信安全评价有限公司';

/** The post the 'gongren' persona works on. */
export const SHOWCASE_WORKER_POST = 'synthesis.shift-a.operator';

const taken = new Set(Object.values(PERSONA_USERNAMES));

function makeUser(
  seed: string,
  roles: DemoRole[],
  links: Pick<DemoUser, 'enterpriseKey' | 'regulatorKey' | 'orgUnitKey' | 'title'>,
): DemoUser {
  const person = personFor(seed);
  let username = PERSONA_USERNAMES[seed];
  if (username === undefined) {
    username = person.pinyin;
    for (let n = 2; taken.has(username); n++) username = `${person.pinyin}${n}`;
    taken.add(username);
  }
  return { username, name: person.name, phone: person.phone, roles, ...links };
}

/** 职务 of the head of a unit: 安全环保部 → 安全环保部部长, 合成车间 → 合成车间主任, 甲班 → 甲班班长. */
export function headTitle(unitName: string): string {
  const suffixes: [string, string][] = [
    ['班组', '长'],
    ['车间', '主任'],
    ['办公室', '主任'],
    ['中心', '主任'],
    ['院办', '主任'],
    ['室', '主任'],
    ['部', '部长'],
    ['科', '科长'],
    ['处', '处长'],
    ['班', '班长'],
    ['队', '长'],
    ['组', '长'],
    ['所', '所长'],
    ['站', '站长'],
  ];
  for (const [ending, title] of suffixes) {
    if (unitName.endsWith(ending)) return unitName + title;
  }
  return `${unitName}负责人`;
}

const LEADS: Record<DemoScale, { unitLeads: number; teamLeads: number; workers: number }> = {
  large: { unitLeads: 2, teamLeads: 1, workers: 5 },
  medium: { unitLeads: 1, teamLeads: 1, workers: 4 },
  small: { unitLeads: 0, teamLeads: 1, workers: 3 },
  micro: { unitLeads: 0, teamLeads: 1, workers: 2 },
};

function enterpriseUsers(e: DemoEnterprise): DemoUser[] {
  const units = flattenOrgUnits(orgTreeOf(e.key).units);
  const principalUnit = units[0];
  const safetyUnit = units.find((u) => u.key === SAFETY_UNIT_SLUG);
  if (!principalUnit || !safetyUnit) throw new Error(`org tree of ${e.key} lacks office or safety`);
  const link = (u: FlatOrgUnit, title: string) => ({ enterpriseKey: e.key, orgUnitKey: u.key, title });
  const users = [
    makeUser(
      principalSeed(e.key),
      ['enterprisePrincipal'],
      link(principalUnit, templateOf(e.orgTemplate).principalTitle),
    ),
    makeUser(safetyManagerSeed(e.key), ['safetyManager'], link(safetyUnit, headTitle(safetyUnit.name))),
  ];
  // A registration under review has only the people it named.
  if (e.status !== 'approved') return users;

  const plan = LEADS[e.scale];
  const isOffice = (u: FlatOrgUnit) => u === principalUnit || u === safetyUnit;
  const workshops = units.filter((u) => u.kind === 'workshop');
  const departments = units.filter((u) => u.kind === 'department' && u.depth === 0 && !isOffice(u));
  const unitCandidates = [...workshops, ...departments];
  const rootKind = (u: FlatOrgUnit) => units.find((p) => p.key === u.key.split('.')[0])?.kind;
  const parentKind = (u: FlatOrgUnit) => units.find((p) => p.key === u.parentKey)?.kind;
  // Teams on the shop floor (inside a workshop) lead the list.
  const teams = units
    .filter((u) => u.kind === 'team')
    .sort((a, b) => Number(rootKind(b) === 'workshop') - Number(rootKind(a) === 'workshop'));
  // Small enterprises without teams get their one lead at unit level instead.
  const teamLeadCount = teams.length > 0 ? plan.teamLeads : 0;
  const unitLeadCount = plan.unitLeads + (plan.teamLeads - teamLeadCount);
  unitCandidates.slice(0, unitLeadCount).forEach((u, i) => {
    users.push(makeUser(`${e.key}:unitLead:${i}`, ['unitLead'], link(u, headTitle(u.name))));
  });
  teams.slice(0, teamLeadCount).forEach((u, i) => {
    users.push(makeUser(`${e.key}:teamLead:${i}`, ['teamLead'], link(u, headTitle(u.name))));
  });

  // Workers go to shop-floor posts first (in a workshop, then in any team), then to the others.
  const rank = (u: FlatOrgUnit) =>
    rootKind(u) === 'workshop' ? 0 : parentKind(u) === 'team' || rootKind(u) === 'team' ? 1 : 2;
  const ordered = units.filter((u) => u.kind === 'post').sort((a, b) => rank(a) - rank(b));
  for (let i = 0; i < plan.workers && ordered.length > 0; i++) {
    const post = ordered[i % ordered.length];
    if (post) users.push(makeUser(`${e.key}:worker:${i}`, ['worker'], link(post, post.name)));
  }
  return users;
}

/** Titles of regulator admins where the default (安全监管股股长 / 安监办主任) does not fit. */
const ADMIN_TITLES: Record<string, string> = {
  [EMERGENCY_BUREAU_KEY]: '办公室主任',
  'qx-fire': '防火监督科科长',
  'twp-lingang': '园区安全生产监督管理局副局长',
};

/** Titles of inspectors by regulator; the default is one 安全监管股 officer. */
const INSPECTOR_TITLES: Record<string, string[]> = {
  [EMERGENCY_BUREAU_KEY]: [
    '危险化学品安全监督管理股科员',
    '工贸行业安全监督管理股科员',
    '应急管理综合行政执法大队队员',
  ],
  'qx-housing': ['建筑工程安全监督站监督员', '城镇燃气安全监管科员'],
  'qx-fire': ['防火监督员'],
  'twp-lingang': ['园区安监局工作人员'],
};

function regulatorUsers(r: DemoRegulator): DemoUser[] {
  const isTownship = r.kind === 'township';
  const users = [
    makeUser(`${r.key}:admin`, isTownship ? ['regulatorAdmin', 'inspector'] : ['regulatorAdmin'], {
      regulatorKey: r.key,
      title: ADMIN_TITLES[r.key] ?? (isTownship ? '安全生产监督管理办公室主任' : '安全监管股股长'),
    }),
  ];
  const titles = INSPECTOR_TITLES[r.key] ?? [isTownship ? '安监办工作人员' : '安全监管股科员'];
  titles.forEach((title, i) => {
    users.push(makeUser(`${r.key}:inspector:${i}`, ['inspector'], { regulatorKey: r.key, title }));
  });
  return users;
}

export const demoUsers: DemoUser[] = [
  ...demoEnterprises.flatMap(enterpriseUsers),
  ...demoRegulators.flatMap(regulatorUsers),
  makeUser('expert:0', ['expert'], { title: '注册安全工程师（化工安全），县安全生产专家库成员' }),
  makeUser('expert:1', ['expert'], { title: '高级工程师（非煤矿山），县安全生产专家库成员' }),
  // A third-party safety evaluation agency's evaluator (安全评价机构), commissioned by enterprises
  // for the evaluation of a listed major hazard's rectification (挂牌督办).
  makeUser('agency:0', ['agency'], { title: `${DEMO_AGENCY_NAME} 安全评价师` }),
  makeUser('platform:admin', ['platformAdmin'], { title: '平台运维管理员' }),
];

const byUsername = new Map(demoUsers.map((u) => [u.username, u]));

export function userByUsername(username: string): DemoUser | undefined {
  return byUsername.get(username);
}
