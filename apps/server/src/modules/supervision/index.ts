import { tablesOf } from '../../kernel/index.ts';
import { defineModule } from '../../platform/modules/index.ts';
import { assignmentPart } from './assignment/assignment.part.ts';
import { enforcementPart } from './enforcement/enforcement.part.ts';
import { listingPart } from './listing/listing.part.ts';
import { mapPart } from './map/map.part.ts';
import { progressPart } from './progress/progress.part.ts';
import { regionalPart } from './regional/regional.part.ts';
import type { DB } from './supervision.database.ts';
import type { SupervisionTables } from './supervision.tables.ts';

export type { SupervisionTables } from './supervision.tables.ts';
export type { SupervisionDomainEvent, SupervisionEventType } from './supervision.events.ts';
// The demo seed registers the registers' risks at once (its events are not delivered while seeding).
export { syncRegistrations } from './assignment/registration/sync-registrations.ts';

const parts = [regionalPart, mapPart, assignmentPart, listingPart, enforcementPart, progressPart];

/**
 * Government supervision (政府监管): regulators see through the enterprises' own data, scoped by
 * their remit, and act on it — the regional risk database and map, the six mechanisms of seed 002
 * (grading, assignment, dispatch/notice, close-out), listed supervision of major hazards,
 * differentiated and random enforcement, the blacklist and the mechanism's build progress.
 */
export const supervisionModule = defineModule<SupervisionTables>({
  name: 'supervision',
  routes: async (app, env) => {
    const db = tablesOf<DB>(env.db);
    for (const part of parts) await app.register(part.routes, { db, env });
  },
  jobs: (env) => parts.flatMap((part) => part.jobs?.(env) ?? []),
  todoSources: parts.flatMap((part) => part.todoSources ?? []),
  subscribers: parts.flatMap((part) => part.subscribers ?? []),
});
