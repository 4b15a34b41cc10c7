import type { FeatureDescriptor, MenuGroup } from '../../shared/feature/feature.ts';
import type { Permission, SessionInfo, Workspace } from '../../shared/session/session.ts';
import { features } from '../features.ts';

/** One menu entry; `labelKey` is in the common namespace, `key` doubles as the nav-<key> test id. */
export type MenuNode = {
  key: string;
  labelKey: string;
  path?: string;
  permission?: Permission;
  children?: MenuNode[];
};

export type WorkspaceMenus = Record<Workspace, MenuNode[]>;

const workspaces: readonly Workspace[] = ['enterprise', 'regulator', 'admin', 'expert'];

/**
 * Each workspace's groups, which features fill with entries. Risk and hazard are the two halves of
 * 双重预防; a group nobody fills (hazard, for now) stays hidden.
 */
export const workspaceGroups: Record<Workspace, MenuGroup[]> = {
  enterprise: [
    { key: 'risk', labelKey: 'nav.risk', order: 20 },
    { key: 'hazard', labelKey: 'nav.hazard', order: 30 },
    { key: 'basic-info', labelKey: 'nav.basicInfo', order: 40 },
    { key: 'settings', labelKey: 'nav.settings', order: 90 },
  ],
  regulator: [{ key: 'enterprise-management', labelKey: 'nav.enterpriseManagement', order: 20 }],
  admin: [],
  expert: [],
};

type Ordered = { order: number; node: MenuNode };

function byOrder(items: Ordered[]): MenuNode[] {
  // Array.prototype.sort is stable: equal orders keep the feature list's order.
  return [...items].sort((a, b) => a.order - b.order).map((item) => item.node);
}

function buildWorkspaceMenu(
  workspace: Workspace,
  list: readonly FeatureDescriptor[],
  baseGroups: readonly MenuGroup[],
): MenuNode[] {
  const groups = new Map<string, { group: MenuGroup; entries: Ordered[] }>();
  const addGroup = (group: MenuGroup, owner: string) => {
    if (groups.has(group.key))
      throw new Error(`Menu group ${group.key} (${workspace}) declared twice, by ${owner}`);
    groups.set(group.key, { group, entries: [] });
  };
  for (const group of baseGroups) addGroup(group, 'the app');
  for (const feature of list) {
    for (const group of feature.menu?.[workspace]?.groups ?? []) addGroup(group, feature.name);
  }
  const top: Ordered[] = [];
  for (const feature of list) {
    for (const { group, order, ...entry } of feature.menu?.[workspace]?.entries ?? []) {
      const node: MenuNode = entry;
      if (group === undefined) {
        top.push({ order, node });
        continue;
      }
      const target = groups.get(group);
      if (!target)
        throw new Error(`${feature.name} puts ${entry.key} into ${group}, not a ${workspace} group`);
      target.entries.push({ order, node });
    }
  }
  for (const { group, entries } of groups.values()) {
    const { key, labelKey } = group;
    top.push({ order: group.order, node: { key, labelKey, children: byOrder(entries) } });
  }
  return byOrder(top);
}

/** Every workspace's full menu from the features' contributions, before permissions. */
export function buildMenus(
  list: readonly FeatureDescriptor[],
  groups: Record<Workspace, readonly MenuGroup[]> = workspaceGroups,
): WorkspaceMenus {
  return Object.fromEntries(
    workspaces.map((workspace) => [workspace, buildWorkspaceMenu(workspace, list, groups[workspace])]),
  ) as WorkspaceMenus;
}

const appMenus = buildMenus(features);

function prune(nodes: MenuNode[], permissions: ReadonlySet<string>): MenuNode[] {
  return nodes.flatMap((node) => {
    if (node.permission && !permissions.has(node.permission)) return [];
    if (!node.children) return [node];
    const children = prune(node.children, permissions);
    return children.length > 0 ? [{ ...node, children }] : [];
  });
}

/** The menu for a session: its workspace's menu, minus entries it lacks permission for and empty groups. */
export function menuFor(
  session: Pick<SessionInfo, 'workspace' | 'permissions'>,
  menus: WorkspaceMenus = appMenus,
): MenuNode[] {
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
