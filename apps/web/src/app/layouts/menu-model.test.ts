import { describe, expect, it } from 'vitest';
import type { FeatureDescriptor } from '../../shared/feature/feature.ts';
import { buildMenus, menuFor, selectedMenuPath, workspaceGroups, type MenuNode } from './menu-model.ts';

const keys = (nodes: MenuNode[]): unknown[] =>
  nodes.map((n) => (n.children ? { [n.key]: keys(n.children) } : n.key));

describe('menuFor', () => {
  it('gives an enterprise manager the familiar order and hides empty placeholder groups', () => {
    const menu = menuFor({
      workspace: 'enterprise',
      permissions: ['enterprise.read', 'enterprise.update', 'user.read', 'user.manage', 'apiToken.manage'],
    });
    expect(keys(menu)).toEqual([
      'home',
      { 'basic-info': ['enterprise-profile', 'org-units', 'users'] },
      { settings: ['api-tokens'] },
    ]);
  });

  it('puts the risk pages into their group, in their order', () => {
    const menu = menuFor({
      workspace: 'enterprise',
      permissions: ['risk.read', 'enterprise.read', 'user.read', 'apiToken.manage'],
    });
    expect(keys(menu)).toEqual([
      'home',
      {
        risk: [
          'risk-register',
          'risk-assessment',
          'risk-map',
          'risk-board',
          'risk-cards',
          'major-sources',
          'risk-review',
          'risk-revisions',
          'risk-readiness',
        ],
      },
      { 'basic-info': ['enterprise-profile', 'org-units', 'users'] },
      { settings: ['api-tokens'] },
    ]);
    expect(menu[1]?.labelKey).toBe('nav.risk');
    expect(menu[1]?.children?.[0]).toMatchObject({
      labelKey: 'nav.riskRegister',
      path: '/risk/register',
      permission: 'risk.read',
    });
  });

  it('drops entries a worker has no permission for', () => {
    expect(keys(menuFor({ workspace: 'enterprise', permissions: ['enterprise.read'] }))).toEqual([
      'home',
      { 'basic-info': ['enterprise-profile', 'org-units'] },
    ]);
  });

  it('shows people management to a regulator administrator only', () => {
    const inspector = menuFor({
      workspace: 'regulator',
      permissions: ['enterprise.read', 'enterprise.register', 'enterprise.review', 'apiToken.manage'],
    });
    expect(keys(inspector)).toEqual([
      'home',
      { 'enterprise-management': ['enterprises', 'enterprise-register'] },
      'api-tokens',
    ]);
    const admin = menuFor({
      workspace: 'regulator',
      permissions: ['enterprise.read', 'enterprise.register', 'user.manage', 'apiToken.manage'],
    });
    expect(keys(admin)).toContain('users');
  });

  it('lists the platform administration pages', () => {
    const menu = menuFor({
      workspace: 'admin',
      permissions: [
        'enterprise.read',
        'jurisdiction.manage',
        'regulator.manage',
        'industry.manage',
        'calendar.manage',
        'user.manage',
        'apiToken.manage',
        'platform.operate',
      ],
    });
    expect(keys(menu)).toEqual([
      'home',
      'jurisdictions',
      'regulators',
      'industries',
      'industry-tables',
      'calendar',
      'users',
      'enterprises',
      'api-tokens',
      'event-deliveries',
    ]);
  });
});

describe('menus built from feature descriptors', () => {
  const groups = {
    ...workspaceGroups,
    enterprise: [
      { key: 'risk', labelKey: 'nav.risk', order: 20 },
      { key: 'hazard', labelKey: 'nav.hazard', order: 30 },
    ],
  };
  const base: FeatureDescriptor = {
    name: 'base',
    menu: { enterprise: { entries: [{ key: 'home', labelKey: 'nav.home', path: '/', order: 0 }] } },
  };
  const risk: FeatureDescriptor = {
    name: 'risk',
    menu: {
      enterprise: {
        entries: [
          { key: 'risk-map', labelKey: 'nav.riskMap', path: '/risk/map', group: 'risk', order: 30 },
          {
            key: 'risk-register',
            labelKey: 'nav.riskRegister',
            path: '/risk/register',
            group: 'risk',
            order: 10,
          },
          { key: 'last', labelKey: 'nav.last', path: '/last', order: 99 },
        ],
      },
    },
  };
  const inspection: FeatureDescriptor = {
    name: 'inspection',
    menu: {
      enterprise: {
        groups: [{ key: 'inspection', labelKey: 'nav.inspection', order: 25 }],
        entries: [
          { key: 'plans', labelKey: 'nav.plans', path: '/inspection/plans', group: 'inspection', order: 10 },
          {
            key: 'risk-checks',
            labelKey: 'nav.riskChecks',
            path: '/risk/checks',
            permission: 'risk.read',
            group: 'risk',
            order: 20,
          },
        ],
      },
    },
  };
  const everyone = { workspace: 'enterprise' as const, permissions: ['risk.read' as const] };

  it('orders groups and top-level entries together, and entries within a group, across features', () => {
    const menus = buildMenus([base, risk, inspection], groups);
    expect(keys(menuFor(everyone, menus))).toEqual([
      'home',
      { risk: ['risk-register', 'risk-checks', 'risk-map'] },
      { inspection: ['plans'] },
      'last',
    ]);
  });

  it('hides a group that nobody fills, and one whose entries the user may not see', () => {
    const menus = buildMenus([base, risk, inspection], groups);
    expect(keys(menus.enterprise)).toContainEqual({ hazard: [] });
    expect(keys(menuFor(everyone, menus))).not.toContainEqual(expect.objectContaining({ hazard: [] }));
    const onlyChecks = buildMenus([base, inspection], groups);
    expect(keys(menuFor({ workspace: 'enterprise', permissions: [] }, onlyChecks))).toEqual([
      'home',
      { inspection: ['plans'] },
    ]);
  });

  it('leaves out the workspaces a feature does not contribute to', () => {
    const menus = buildMenus([base, risk], groups);
    expect(menus.regulator).toEqual([
      { key: 'enterprise-management', labelKey: 'nav.enterpriseManagement', children: [] },
    ]);
    expect(menuFor({ workspace: 'regulator', permissions: ['risk.read'] }, menus)).toEqual([]);
  });

  it('refuses an entry for a group the workspace lacks, and a group declared twice', () => {
    const stray: FeatureDescriptor = {
      name: 'stray',
      menu: {
        enterprise: { entries: [{ key: 'x', labelKey: 'nav.x', path: '/x', group: 'nowhere', order: 1 }] },
      },
    };
    expect(() => buildMenus([stray], groups)).toThrow(/stray puts x into nowhere/);
    const twice: FeatureDescriptor = {
      name: 'twice',
      menu: { enterprise: { groups: [{ key: 'risk', labelKey: 'nav.risk', order: 1 }], entries: [] } },
    };
    expect(() => buildMenus([twice], groups)).toThrow(/risk .*declared twice/);
  });
});

describe('selectedMenuPath', () => {
  const menu = menuFor({
    workspace: 'regulator',
    permissions: ['enterprise.read', 'enterprise.register'],
  });
  it('keeps the registry lit on a detail page', () => {
    expect(selectedMenuPath(menu, '/enterprises/abc').map((n) => n.key)).toEqual([
      'enterprise-management',
      'enterprises',
    ]);
  });
  it('prefers the longer path', () => {
    expect(selectedMenuPath(menu, '/enterprises/new').map((n) => n.key)).toEqual([
      'enterprise-management',
      'enterprise-register',
    ]);
  });
  it('lights home only on the root', () => {
    expect(selectedMenuPath(menu, '/').map((n) => n.key)).toEqual(['home']);
    expect(selectedMenuPath(menu, '/nowhere')).toEqual([]);
  });
});
