import { tablesOf } from '../../kernel/index.ts';
import { defineModule } from '../../platform/modules/index.ts';
import type { DB } from './hazard.database.ts';
import { gradingRoutes } from './grading/grading.routes.ts';
import { reportingRoutes } from './reporting/reporting.routes.ts';
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
  routes: async (app, env) => {
    const db = tablesOf<DB>(env.db);
    await app.register(reportingRoutes, { db });
    await app.register(gradingRoutes, { db });
  },
});
