/**
 * The demo accounts of the enterprise, regulator and admin workspaces (README "Demo accounts") and
 * what each should see: its workspace, its organisation and the menu entries of that workspace (the
 * agency's `pingjia` is used by its username where a spec needs it). The menu keys are the `nav-<key>` test ids
 * of apps/web/src/app/layouts/menu-model.ts.
 */
export const DEMO_PASSWORD = 'Demo@2026';

export type Workspace = 'enterprise' | 'regulator' | 'admin';

export interface Persona {
  username: string;
  workspace: Workspace;
  /** What the header's org-name shows. */
  orgName: string;
}

export const SHOWCASE_ENTERPRISE = '青溪县宏达化工有限公司';

export const personas = {
  anquan: { username: 'anquan', workspace: 'enterprise', orgName: SHOWCASE_ENTERPRISE },
  gongren: { username: 'gongren', workspace: 'enterprise', orgName: SHOWCASE_ENTERPRISE },
  fuzeren: { username: 'fuzeren', workspace: 'enterprise', orgName: SHOWCASE_ENTERPRISE },
  yingji: { username: 'yingji', workspace: 'regulator', orgName: '青溪县应急管理局' },
  zhujian: { username: 'zhujian', workspace: 'regulator', orgName: '青溪县住房和城乡建设局' },
  xiangzhen: { username: 'xiangzhen', workspace: 'regulator', orgName: '青溪县临港工业园区管理委员会' },
  admin: { username: 'admin', workspace: 'admin', orgName: '平台管理' },
} as const satisfies Record<string, Persona>;

export type PersonaName = keyof typeof personas;
export const allPersonas: Persona[] = Object.values(personas);

/** One menu entry: its test id and its label in each language. */
export interface MenuEntry {
  testId: string;
  zh: string;
  en: string;
}

const entry = (key: string, zh: string, en: string): MenuEntry => ({ testId: `nav-${key}`, zh, en });

export const menuEntries = {
  basicInfo: entry('basic-info', '基础信息', 'Basic information'),
  orgUnits: entry('org-units', '组织机构', 'Organisation'),
  registry: entry('enterprises', '企业名录', 'Registry'),
  jurisdictions: entry('jurisdictions', '行政区划', 'Jurisdictions'),
  regulators: entry('regulators', '监管部门', 'Regulators'),
  calendar: entry('calendar', '工作日历', 'Working-day calendar'),
} as const;

const m = menuEntries;

/** Per workspace: entries it must show, and the other workspaces' entries it must not. */
export const workspaceMenus: Record<Workspace, { shows: MenuEntry[]; hides: MenuEntry[] }> = {
  enterprise: {
    shows: [m.basicInfo, m.orgUnits],
    hides: [m.registry, m.jurisdictions, m.regulators, m.calendar],
  },
  regulator: {
    shows: [m.registry],
    hides: [m.basicInfo, m.orgUnits, m.jurisdictions, m.regulators, m.calendar],
  },
  admin: { shows: [m.jurisdictions, m.regulators, m.calendar], hides: [m.basicInfo, m.orgUnits] },
};
