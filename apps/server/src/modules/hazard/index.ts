import { tablesOf } from '../../kernel/index.ts';
import { defineModule } from '../../platform/modules/index.ts';
import type { DB } from './hazard.database.ts';
import { hazardsFromFindings } from './findings/hazards-from-findings.subscriber.ts';
import { sweepOverdueJob } from './overdue/sweep-overdue.job.ts';
import { hazardTodos } from './hazard-todos.ts';
import { gradingRoutes } from './grading/grading.routes.ts';
import { lifecycleRoutes } from './lifecycle/lifecycle.routes.ts';
import { registerRoutes } from './register/register.routes.ts';
import { archiveRoutes } from './archive/archive.routes.ts';
import { reportingRoutes } from './reporting/reporting.routes.ts';
import type { HazardTables } from './hazard.tables.ts';

export type { HazardTables } from './hazard.tables.ts';
/**
 * The hazard tables downstream modules may read (supervision follows a listed major hazard's plan
 * and progress). They are written only through hazard's commands.
 */
export type HazardReadTables = Pick<
  HazardTables,
  'hazards' | 'hazardPhotos' | 'hazardSteps' | 'hazardRectificationPlans' | 'hazardSignatures'
>;
export type { HazardDomainEvent, HazardEventType } from './hazard.events.ts';
export { decideHazardTransition, isOverdue } from './hazard.state.ts';
// The demo seed hands the month's inspection findings to the subscriber at once, then sweeps.
export { hazardsFromFindings } from './findings/hazards-from-findings.subscriber.ts';
export { sweepOverdueHazards } from './overdue/sweep-overdue.ts';
// Supervision's enforcement: a finding that orders rectification becomes the enterprise's hazard.
export {
  registerRegulatorFinding,
  type RegulatorFinding,
} from './reporting/commands/register-regulator-finding.ts';

/**
 * Hazard management (隐患治理): the closed loop from report to acceptance and close-out. The
 * register (台账), the report, every transition of the lifecycle as its own signed or audited step.
 */
export const hazardModule = defineModule<HazardTables>({
  name: 'hazard',
  routes: async (app, env) => {
    const db = tablesOf<DB>(env.db);
    await app.register(reportingRoutes, { db });
    await app.register(gradingRoutes, { db });
    await app.register(lifecycleRoutes, { db });
    await app.register(registerRoutes, { db });
    await app.register(archiveRoutes, { db, files: env.files });
  },
  jobs: () => [sweepOverdueJob],
  // The home page's 待办: reports to confirm, plans to sign, rectifications to accept, one's own.
  todoSources: [hazardTodos],
  // Abnormal check answers become reported hazards through inspection's finding events.
  subscribers: [hazardsFromFindings],
});
