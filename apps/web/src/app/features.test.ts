import type { Enterprise } from '@shuangkong/contracts';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { enterpriseDetailTabs } from '../features/identity/index.ts';
import { homeWidgets } from '../features/platform/index.ts';
import { slotFills } from '../shared/feature/slots.ts';
import type { SessionInfo } from '../shared/session/session.ts';
import { features, slotRegistry } from './features.ts';
import { routes } from './router.tsx';

const session = (workspace: SessionInfo['workspace'], permissions: string[]) =>
  ({ workspace, permissions }) as unknown as SessionInfo;
const enterprise = (status: Enterprise['status']) => ({ status }) as Enterprise;

function paths(nodes: RouteObject[] | undefined, prefix = ''): string[] {
  return (nodes ?? []).flatMap((node) => {
    const here = node.path ? (node.path.startsWith('/') ? node.path : `${prefix}/${node.path}`) : prefix;
    const own = node.path || node.index ? [here.replace(/^\/\//, '/') || '/'] : [];
    return [...own, ...paths(node.children, here === '/' ? '' : here)];
  });
}

describe('the app feature list', () => {
  it('names each feature once', () => {
    const names = features.map((feature) => feature.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("routes every feature's pages in their places", () => {
    const all = paths(routes);
    for (const path of [
      '/login',
      '/change-password',
      '/print/risk/*',
      '/risk/*',
      '/enterprises/:id',
      '/m/me',
      '/hazards/*',
      '/major-hazards',
      '/enterprises/:enterpriseId/hazards/:id',
    ]) {
      expect(all).toContain(path);
    }
    expect(all).toContain('/m/risk-units/:unitId');
  });

  it('fills the home page: registry figures for regulators, the risk card for enterprises', () => {
    const widgets = slotFills(slotRegistry, homeWidgets);
    expect(widgets.map((widget) => widget.key)).toEqual(['supervision-regional', 'registry-stats', 'risk']);
    const visibleTo = (s: SessionInfo) => widgets.filter((w) => w.visible(s)).map((w) => w.key);
    expect(visibleTo(session('regulator', ['enterprise.read']))).toEqual(['registry-stats']);
    expect(visibleTo(session('regulator', ['enterprise.read', 'supervision.read']))).toEqual([
      'supervision-regional',
      'registry-stats',
    ]);
    expect(visibleTo(session('admin', ['enterprise.read', 'supervision.read']))).toEqual(['registry-stats']);
    expect(visibleTo(session('enterprise', ['enterprise.read', 'risk.read']))).toEqual(['risk']);
    expect(visibleTo(session('enterprise', ['enterprise.read']))).toEqual([]);
  });

  it("adds risk's and hazard's tabs to an approved enterprise's detail page for their readers", () => {
    const tabs = slotFills(slotRegistry, enterpriseDetailTabs);
    expect(tabs.map((tab) => [tab.key, tab.labelKey])).toEqual([
      ['risk', 'enterprise:detail.tabs.risk'],
      ['hazards', 'enterprise:detail.tabs.hazards'],
      ['supervision-tier', 'common:nav.supervisionTiers'],
      ['build-progress', 'common:nav.buildProgress'],
    ]);
    const [risk, hazards, tier, progress] = tabs;
    // 监管分级 is the regulators' tab only.
    expect(tier?.visible(enterprise('approved'), session('regulator', ['supervision.read']))).toBe(true);
    expect(tier?.visible(enterprise('approved'), session('enterprise', ['supervision.read']))).toBe(false);
    expect(tier?.visible(enterprise('approved'), session('regulator', []))).toBe(false);
    // Build progress: regulators only, pending enterprises included (registration is its first step).
    expect(progress?.visible(enterprise('pending'), session('regulator', ['supervision.read']))).toBe(true);
    expect(progress?.visible(enterprise('approved'), session('enterprise', ['supervision.read']))).toBe(
      false,
    );
    expect(progress?.visible(enterprise('approved'), session('regulator', []))).toBe(false);
    // Major hazards are a regulator's tab: the enterprise keeps its own 隐患台账 in its menu.
    expect(hazards?.visible(enterprise('approved'), session('regulator', ['hazard.read']))).toBe(true);
    expect(hazards?.visible(enterprise('approved'), session('enterprise', ['hazard.read']))).toBe(false);
    expect(hazards?.visible(enterprise('pending'), session('regulator', ['hazard.read']))).toBe(false);
    expect(risk?.visible(enterprise('approved'), session('regulator', ['risk.read']))).toBe(true);
    expect(risk?.visible(enterprise('pending'), session('regulator', ['risk.read']))).toBe(false);
    expect(risk?.visible(enterprise('approved'), session('regulator', []))).toBe(false);
  });
});
