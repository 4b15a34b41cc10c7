import type { ReactNode } from 'react';
import { hazardFeature } from '../features/hazard/index.ts';
import { identityFeature } from '../features/identity/index.ts';
import { inspectionFeature } from '../features/inspection/index.ts';
import { platformFeature } from '../features/platform/index.ts';
import { riskFeature } from '../features/risk/index.ts';
import { supervisionFeature } from '../features/supervision/index.ts';
import type { FeatureDescriptor } from '../shared/feature/feature.ts';
import { createSlotRegistry } from '../shared/feature/slots.ts';

/** Every feature of the web app, upstream first. Adding a feature means adding it here. */
export const features: readonly FeatureDescriptor[] = [
  platformFeature,
  identityFeature,
  riskFeature,
  inspectionFeature,
  hazardFeature,
  supervisionFeature,
];

/** All slot fills of all features, for the SlotProvider in providers.tsx. */
export const slotRegistry = createSlotRegistry(features.flatMap((feature) => feature.slots ?? []));

/** Every feature's menu icons by entry key; a feature whose icons fail to load shows none. */
export async function loadMenuIcons(): Promise<Record<string, ReactNode>> {
  const loaded = await Promise.all(features.map((feature) => feature.menuIcons?.().catch(() => ({})) ?? {}));
  return Object.assign({}, ...loaded);
}
