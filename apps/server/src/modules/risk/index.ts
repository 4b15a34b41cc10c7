import type { FastifyPluginAsync } from 'fastify';
import type { Config } from '../../app/config.ts';
import type { Db } from '../../app/db-schema.ts';
import { approvalRoutes } from './approval/approval.routes.ts';
import { registerListRoutes } from './register-list/register-list.routes.ts';
import { revisionRoutes } from './revisions/revisions.routes.ts';
import { reviewRoutes } from './reviews/reviews.routes.ts';
import { riskTodos } from './reviews/risk-todos.ts';
import { registerTodoSource } from '../../app/todos.ts';
import { majorSourceRoutes } from './major-sources/major-sources.routes.ts';
import { templateRoutes } from './templates/templates.routes.ts';
import { cardRoutes } from './cards/cards.routes.ts';
import { sitePlanRoutes } from './site-plans/site-plans.routes.ts';
import { assessmentRoutes } from './assessments/assessments.routes.ts';
import { eventRoutes } from './events/events.routes.ts';
import { evidenceRoutes } from './evidence/evidence.routes.ts';
import { measureRoutes } from './measures/measures.routes.ts';
import { objectRoutes } from './objects/objects.routes.ts';
import { stewardRoutes } from './stewards/stewards.routes.ts';
import { tierRoutes } from './tiers/tiers.routes.ts';
import { unitRoutes } from './units/units.routes.ts';

export {
  raiseUnitLevel,
  type EvidenceContext,
  type RaiseUnitLevelOptions,
} from './evidence/commands/raise-unit-level.ts';
export {
  clearUnitLevelEvidence,
  type ClearUnitLevelEvidenceOptions,
} from './evidence/commands/clear-unit-level-evidence.ts';
export type { RiskTables } from './risk.tables.ts';
export type { RiskEvent, RiskEventType } from './risk.events.ts';
export { riskTemplates } from './templates/risk-templates.ts';
export { expandTemplate, type ExpandedLibrary, type ExpandedEvent } from './templates/expand-template.ts';
export type { AuthorLibrary } from './templates/template-dsl.ts';

// The dashboard's 待办 panel gets the register's due reviews and waiting approvals.
registerTodoSource(riskTodos);
export { riskTodos } from './reviews/risk-todos.ts';

/** The risk module's HTTP face: each part of the register registers its routes here. */
export const riskRoutes: FastifyPluginAsync<{ db: Db; config?: Config }> = async (app, opts) => {
  await app.register(approvalRoutes, { db: opts.db });
  await app.register(registerListRoutes, { db: opts.db });
  await app.register(revisionRoutes, { db: opts.db });
  await app.register(reviewRoutes, { db: opts.db });
  await app.register(majorSourceRoutes, { db: opts.db });
  await app.register(templateRoutes, { db: opts.db });
  await app.register(sitePlanRoutes, { db: opts.db });
  // Cards print a QR code to the live unit, so they need the public address.
  await app.register(cardRoutes, {
    db: opts.db,
    publicUrl: opts.config?.publicUrl ?? 'http://localhost:3000',
  });
  await app.register(objectRoutes, { db: opts.db });
  await app.register(unitRoutes, { db: opts.db });
  await app.register(eventRoutes, { db: opts.db });
  await app.register(measureRoutes, { db: opts.db });
  await app.register(assessmentRoutes, { db: opts.db });
  await app.register(tierRoutes, { db: opts.db });
  await app.register(stewardRoutes, { db: opts.db });
  await app.register(evidenceRoutes, { db: opts.db });
};
