import { defineModule } from '../../platform/modules/index.ts';
import type { HazardTables } from './hazard.tables.ts';

export type { HazardTables } from './hazard.tables.ts';
export type { HazardDomainEvent, HazardEventType } from './hazard.events.ts';
export { decideHazardTransition, isOverdue } from './hazard.state.ts';

/**
 * Hazard management (隐患治理): the closed loop from report to acceptance and close-out. The
 * tables and the lifecycle are in place; routes, jobs and subscribers are mounted here as they land.
 */
export const hazardModule = defineModule<HazardTables>({
  name: 'hazard',
  routes: async () => {},
});
