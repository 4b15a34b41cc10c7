import { tablesOf } from '../../kernel/index.ts';
import { defineModule } from '../../platform/modules/index.ts';
import type { DB } from './risk.database.ts';
import type { RiskTables } from './risk.tables.ts';
import { approvalRoutes } from './approval/approval.routes.ts';
import { registerListRoutes } from './register-list/register-list.routes.ts';
import { revisionRoutes } from './revisions/revisions.routes.ts';
import { reviewRoutes } from './reviews/reviews.routes.ts';
import { riskTodos } from './reviews/risk-todos.ts';
import { majorSourceRoutes } from './major-sources/major-sources.routes.ts';
import { templateRoutes } from './templates/templates.routes.ts';
import { cardRoutes } from './cards/cards.routes.ts';
import { sitePlanRoutes } from './site-plans/site-plans.routes.ts';
import { assessmentRoutes } from './assessments/assessments.routes.ts';
import { eventRoutes } from './events/events.routes.ts';
import { evidenceRoutes } from './evidence/evidence.routes.ts';
import { deletionRoutes } from './deletions/deletions.routes.ts';
import { industryTableRoutes } from './industry-tables/industry-tables.routes.ts';
import { readinessRoutes } from './readiness/readiness.routes.ts';
import { measureRoutes } from './measures/measures.routes.ts';
import { objectRoutes } from './objects/objects.routes.ts';
import { stewardRoutes } from './stewards/stewards.routes.ts';
import { tierRoutes } from './tiers/tiers.routes.ts';
import { unitRoutes } from './units/units.routes.ts';
import { outOfControlFromChecks } from './out-of-control/out-of-control.subscriber.ts';
import { failedMeasures } from './failed-measures/failed-measures.subscriber.ts';

export {
  raiseUnitLevel,
  type EvidenceContext,
  type RaiseUnitLevelOptions,
} from './evidence/commands/raise-unit-level.ts';
export {
  clearUnitLevelEvidence,
  clearUnitLevelEvidenceFor,
  type ClearUnitLevelEvidenceOptions,
} from './evidence/commands/clear-unit-level-evidence.ts';
export type { RiskTables } from './risk.tables.ts';
// The same engine assesses risks outside the register (supervision's public-area risks).
export { evaluateAssessment } from './engine/evaluate-assessment.ts';
export { EngineValidationError } from './engine/engine.errors.ts';
// The demo seed hands its month of missed checks to the subscriber at once (ADR 0012).
export { outOfControlFromChecks } from './out-of-control/out-of-control.subscriber.ts';
/**
 * The register tables downstream modules may read (inspection derives its checklist from the
 * measures; supervision reads the units' level history for the regional database's weekly changes). They are written only through risk's commands.
 */
export type RiskReadTables = Pick<
  RiskTables,
  | 'riskObjects'
  | 'riskUnits'
  | 'riskEvents'
  | 'riskControlMeasures'
  // Supervision's build progress reads when the register was published, the map drawn, cards printed.
  | 'riskUnitPosts'
  | 'riskRegisterRevisions'
  | 'riskSitePlans'
  | 'riskUnitPlacements'
  | 'riskCardPrints'
  // Supervision's regional database reads what changed this week.
  | 'riskUnitLevelHistory'
  // Supervision grades whole counties from each register's unit counts.
  | 'riskRegisterSummaries'
>;
export type { RiskDomainEvent, RiskEventType } from './risk.events.ts';
export { riskTemplates } from './templates/risk-templates.ts';
export { expandTemplate, type ExpandedLibrary, type ExpandedEvent } from './templates/expand-template.ts';
export type { AuthorLibrary } from './templates/template-dsl.ts';

/** Risk: the register of safety risks, their assessment, grading, control and cards. */
export const riskModule = defineModule<RiskTables>({
  name: 'risk',
  routes: async (app, env) => {
    const db = tablesOf<DB>(env.db);
    await app.register(approvalRoutes, { db });
    await app.register(registerListRoutes, { db });
    await app.register(revisionRoutes, { db });
    await app.register(reviewRoutes, { db });
    await app.register(majorSourceRoutes, { db });
    await app.register(templateRoutes, { db });
    await app.register(sitePlanRoutes, { db });
    // Cards print a QR code to the live unit, so they need the public address.
    await app.register(cardRoutes, { db, publicUrl: env.publicUrl });
    await app.register(objectRoutes, { db });
    await app.register(unitRoutes, { db });
    await app.register(eventRoutes, { db });
    await app.register(measureRoutes, { db });
    await app.register(assessmentRoutes, { db });
    await app.register(tierRoutes, { db });
    await app.register(stewardRoutes, { db });
    await app.register(evidenceRoutes, { db });
    await app.register(deletionRoutes, { db });
    await app.register(industryTableRoutes, { db });
    await app.register(readinessRoutes, { db });
  },
  // The home page's 待办 gets the register's due reviews and waiting approvals.
  todoSources: [riskTodos],
  // 失控 marks from inspection's missed and completed checks (ADR 0012); a confirmed hazard on a
  // measure flags its unit for re-assessment.
  subscribers: [outOfControlFromChecks, failedMeasures],
});

// Used by the benches and, later, by the interconnection exports: the register as a workbook.
export { importRegister } from './register-list/commands/import-register.ts';
export { prepareRegisterExport } from './register-list/queries/export-register.ts';
export { registerColumns, type RegisterCells } from './register-list/register-columns.ts';
export type { CommandContext as RiskCommandContext } from './risk.database.ts';
