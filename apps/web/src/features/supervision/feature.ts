import type { FeatureDescriptor, FeatureMenu, FeatureRoutes } from '../../shared/feature/feature.ts';
import type { Workspace } from '../../shared/session/session.ts';
import { assignmentPart } from './assignment/assignment.feature.ts';
import { disclosurePart } from './disclosure/disclosure.feature.ts';
import { enforcementPart } from './enforcement/enforcement.feature.ts';
import { listingPart } from './listing/listing.feature.ts';
import { mapPart } from './map/map.feature.ts';
import { progressPart } from './progress/progress.feature.ts';
import { regionalPart } from './regional/regional.feature.ts';

const parts = [
  regionalPart,
  mapPart,
  assignmentPart,
  listingPart,
  enforcementPart,
  progressPart,
  disclosurePart,
];

const places = ['public', 'session', 'print', 'desktop', 'mobile'] as const;
const workspaces: Workspace[] = ['enterprise', 'regulator', 'admin', 'expert'];

function routesOf(): FeatureRoutes {
  const routes: FeatureRoutes = {};
  for (const place of places) {
    const list = parts.flatMap((part) => part.routes?.[place] ?? []);
    if (list.length > 0) routes[place] = list;
  }
  return routes;
}

function menuOf(): Partial<Record<Workspace, FeatureMenu>> {
  const menu: Partial<Record<Workspace, FeatureMenu>> = {};
  for (const workspace of workspaces) {
    const groups = parts.flatMap((part) => part.menu?.[workspace]?.groups ?? []);
    const entries = parts.flatMap((part) => part.menu?.[workspace]?.entries ?? []);
    if (entries.length > 0) menu[workspace] = { groups, entries };
  }
  return menu;
}

/**
 * 政府监管: the regulators' side (regional risk database and map, tiers, assignment and close-out,
 * listed supervision, enforcement, blacklist, build progress) and what enterprises receive from it.
 * Each part brings its own routes, menu entries and slot fills.
 */
export const supervisionFeature: FeatureDescriptor = {
  name: 'supervision',
  routes: routesOf(),
  menu: menuOf(),
  menuIcons: async () => {
    const loaded = await Promise.all(parts.map((part) => part.menuIcons?.() ?? {}));
    return Object.assign({}, ...loaded);
  },
  slots: parts.flatMap((part) => part.slots ?? []),
};
