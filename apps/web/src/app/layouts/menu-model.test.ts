import { describe, expect, it } from 'vitest';
import { menuFor, selectedMenuPath, type MenuNode } from './menu-model.ts';

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
      ],
    });
    expect(keys(menu)).toEqual([
      'home',
      'jurisdictions',
      'regulators',
      'industries',
      'calendar',
      'users',
      'enterprises',
      'api-tokens',
    ]);
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
