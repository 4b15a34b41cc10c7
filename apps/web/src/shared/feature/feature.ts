import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Permission, Workspace } from '../session/session.ts';
import type { SlotFilling } from './slots.ts';

/** Where a feature's routes go in the app's route tree. */
export type FeatureRoutes = {
  /** Reachable without a session (login, self-registration). */
  public?: RouteObject[];
  /** Need a session, no chrome (the forced password change). */
  session?: RouteObject[];
  /** Need a session, no chrome, so a page fills the paper. */
  print?: RouteObject[];
  /** Inside the desktop layout; paths relative to `/`. */
  desktop?: RouteObject[];
  /** Children of `/m`, inside the phone shell. */
  mobile?: RouteObject[];
};

/** A menu entry a feature adds to a workspace; `key` doubles as the nav-<key> test id. */
export type MenuEntry = {
  key: string;
  /** In the common namespace (the menu shows before any feature's own texts load). */
  labelKey: string;
  path: string;
  permission?: Permission;
  /** Into this group of the workspace; at the top level when absent. */
  group?: string;
  /** Place among its siblings (top-level entries and groups share one order). */
  order: number;
};

/** A titled group of entries; hidden while no entry the user may see is in it. */
export type MenuGroup = { key: string; labelKey: string; order: number };

export type FeatureMenu = {
  /** Groups this feature opens in a workspace (the workspaces' own groups are in app/). */
  groups?: MenuGroup[];
  entries: MenuEntry[];
};

/**
 * Everything the app needs to plug a feature in: its routes by place, its menu entries by
 * workspace and its fills of other features' slots. Each feature's index.ts exports one.
 */
export type FeatureDescriptor = {
  name: string;
  routes?: FeatureRoutes;
  menu?: Partial<Record<Workspace, FeatureMenu>>;
  /**
   * The icons of this feature's menu entries and groups, by key. A separate module loaded with the
   * desktop shell, so the first page (login, the phone pages) does not carry them.
   */
  menuIcons?: () => Promise<Record<string, ReactNode>>;
  slots?: SlotFilling[];
};
