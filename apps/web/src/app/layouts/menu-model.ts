import type { Permission, SessionInfo } from '../../shared/session/session.ts';

/** One menu entry; `labelKey` is in the common namespace, `key` doubles as the nav-<key> test id. */
export type MenuNode = {
  key: string;
  labelKey: string;
  path?: string;
  permission?: Permission;
  children?: MenuNode[];
};

const home: MenuNode = { key: 'home', labelKey: 'nav.home', path: '/' };
const apiTokens: MenuNode = {
  key: 'api-tokens',
  labelKey: 'nav.apiTokens',
  path: '/api-tokens',
  permission: 'apiToken.manage',
};
const registry: MenuNode = {
  key: 'enterprises',
  labelKey: 'nav.enterpriseRegistry',
  path: '/enterprises',
  permission: 'enterprise.read',
};

// Risk and hazard groups are placeholders the risk and hazard features fill; empty groups hide.
const enterpriseMenu: MenuNode[] = [
  home,
  {
    key: 'risk',
    labelKey: 'nav.risk',
    children: [
      { key: 'risk-register', labelKey: 'nav.riskRegister', path: '/risk/register', permission: 'risk.read' },
      {
        key: 'risk-assessment',
        labelKey: 'nav.riskAssessment',
        path: '/risk/assessment',
        permission: 'risk.read',
      },
      { key: 'risk-map', labelKey: 'nav.riskMap', path: '/risk/map', permission: 'risk.read' },
      { key: 'risk-board', labelKey: 'nav.riskBoard', path: '/risk/board', permission: 'risk.read' },
      { key: 'risk-cards', labelKey: 'nav.riskCards', path: '/risk/cards', permission: 'risk.read' },
      {
        key: 'major-sources',
        labelKey: 'nav.majorSources',
        path: '/risk/major-sources',
        permission: 'risk.read',
      },
      { key: 'risk-review', labelKey: 'nav.riskReview', path: '/risk/review', permission: 'risk.read' },
      {
        key: 'risk-revisions',
        labelKey: 'nav.riskRevisions',
        path: '/risk/revisions',
        permission: 'risk.read',
      },
    ],
  },
  { key: 'hazard', labelKey: 'nav.hazard', children: [] },
  {
    key: 'basic-info',
    labelKey: 'nav.basicInfo',
    children: [
      {
        key: 'enterprise-profile',
        labelKey: 'nav.enterpriseProfile',
        path: '/enterprise',
        permission: 'enterprise.read',
      },
      { key: 'org-units', labelKey: 'nav.orgUnits', path: '/org-units', permission: 'enterprise.read' },
      { key: 'users', labelKey: 'nav.users', path: '/users', permission: 'user.read' },
    ],
  },
  { key: 'settings', labelKey: 'nav.settings', children: [apiTokens] },
];

const regulatorMenu: MenuNode[] = [
  home,
  {
    key: 'enterprise-management',
    labelKey: 'nav.enterpriseManagement',
    children: [
      registry,
      {
        key: 'enterprise-register',
        labelKey: 'nav.enterpriseRegister',
        path: '/enterprises/new',
        permission: 'enterprise.register',
      },
    ],
  },
  { key: 'users', labelKey: 'nav.users', path: '/users', permission: 'user.manage' },
  apiTokens,
];

const adminMenu: MenuNode[] = [
  home,
  {
    key: 'jurisdictions',
    labelKey: 'nav.jurisdictions',
    path: '/admin/jurisdictions',
    permission: 'jurisdiction.manage',
  },
  {
    key: 'regulators',
    labelKey: 'nav.regulators',
    path: '/admin/regulators',
    permission: 'regulator.manage',
  },
  { key: 'industries', labelKey: 'nav.industries', path: '/admin/industries', permission: 'industry.manage' },
  { key: 'calendar', labelKey: 'nav.calendar', path: '/admin/calendar', permission: 'calendar.manage' },
  { key: 'users', labelKey: 'nav.users', path: '/users', permission: 'user.manage' },
  registry,
  apiTokens,
];

const expertMenu: MenuNode[] = [home, registry];

const menus: Record<SessionInfo['workspace'], MenuNode[]> = {
  enterprise: enterpriseMenu,
  regulator: regulatorMenu,
  admin: adminMenu,
  expert: expertMenu,
};

function prune(nodes: MenuNode[], permissions: ReadonlySet<string>): MenuNode[] {
  return nodes.flatMap((node) => {
    if (node.permission && !permissions.has(node.permission)) return [];
    if (!node.children) return [node];
    const children = prune(node.children, permissions);
    return children.length > 0 ? [{ ...node, children }] : [];
  });
}

/** The menu for a session: its workspace's menu, minus entries it lacks permission for and empty groups. */
export function menuFor(session: Pick<SessionInfo, 'workspace' | 'permissions'>): MenuNode[] {
  return prune(menus[session.workspace], new Set(session.permissions));
}

/** The entry whose path is the longest prefix of the location, so detail pages keep their menu lit. */
export function selectedMenuPath(nodes: MenuNode[], pathname: string): MenuNode[] {
  let best: MenuNode[] = [];
  let bestLength = -1;
  const visit = (list: MenuNode[], trail: MenuNode[]) => {
    for (const node of list) {
      const here = [...trail, node];
      if (node.path) {
        const matches =
          node.path === '/'
            ? pathname === '/'
            : pathname === node.path || pathname.startsWith(`${node.path}/`);
        if (matches && node.path.length > bestLength) {
          best = here;
          bestLength = node.path.length;
        }
      }
      if (node.children) visit(node.children, here);
    }
  };
  visit(nodes, []);
  return best;
}
