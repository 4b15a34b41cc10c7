import { tablesOf } from '../../kernel/index.ts';
import { defineModule } from '../../platform/modules/index.ts';
import type { DB } from './inspection.database.ts';
import { checklistRoutes } from './checklist/checklist.routes.ts';
import { outOfServiceRoutes } from './out-of-service/out-of-service.routes.ts';
import { planRoutes } from './plans/plans.routes.ts';
import { taskRoutes } from './tasks/tasks.routes.ts';
import { indicatorRoutes } from './indicators/indicators.routes.ts';
import { stewardDefaultRoutes } from './steward-defaults/steward-defaults.routes.ts';
import { followRegister } from './checklist/follow-register.ts';
import type { InspectionTables } from './inspection.tables.ts';
import { generateTasksJob } from './tasks/generate-tasks.job.ts';
import { recordRoutes } from './records/records.routes.ts';
import { settingsRoutes } from './settings/settings.routes.ts';
import { markMissedJob } from './tasks/mark-missed.job.ts';

export type { InspectionTables } from './inspection.tables.ts';
/**
 * The inspection tables downstream modules may read (supervision counts completion for build
 * progress and the dashboards). They are written only through inspection's commands.
 */
export type InspectionReadTables = Pick<
  InspectionTables,
  'inspectionItems' | 'inspectionTasks' | 'inspectionRecords' | 'inspectionPlans' | 'inspectionOutOfService'
>;
export type { InspectionDomainEvent, InspectionEventType } from './inspection.events.ts';
export { toNationalCycle, type Frequency, type NationalCycle } from './schedule/frequency.ts';
export { generateTasks } from './tasks/commands/generate-tasks.ts';
export { markMissedChecks } from './tasks/commands/mark-missed-checks.ts';
export { syncChecklist } from './checklist/commands/sync-checklist.ts';
export { prepareChecklistExport } from './checklist/queries/export-checklist.ts';
export { systemAudit as inspectionSystemAudit } from './inspection-record.ts';
export { shanghaiDate, shanghaiInstant } from './schedule/shanghai-time.ts';
// The demo seed's path for checks made in the past (ADR 0008); no route calls it.
export { recordPastChecksForDemo, type PastCheck } from './tasks/commands/record-past-checks.ts';

/** Inspection (隐患排查): checklists from the register, scheduled tasks and their records. */
export const inspectionModule = defineModule<InspectionTables>({
  name: 'inspection',
  routes: async (app, env) => {
    const db = tablesOf<DB>(env.db);
    await app.register(checklistRoutes, { db });
    await app.register(taskRoutes, { db });
    await app.register(indicatorRoutes, { db });
    await app.register(outOfServiceRoutes, { db });
    await app.register(planRoutes, { db });
    await app.register(stewardDefaultRoutes, { db });
    await app.register(recordRoutes, { db });
    await app.register(settingsRoutes, { db });
  },
  // Tasks appear from the items' cycles; a closed window without a record becomes 未排查.
  jobs: () => [generateTasksJob, markMissedJob],
  subscribers: [followRegister],
});
