import type { FastifyInstance } from 'fastify';
import type { Db } from '../seed-database.ts';
import { seedDemoRegional } from './seed-regional.ts';
import { seedDemoMap } from './seed-map.ts';
import { seedDemoProgress } from './seed-progress.ts';
import { seedDemoAssignment } from './seed-assignment.ts';
import { seedDemoListing } from './seed-listing.ts';
import { seedDemoEnforcement } from './seed-enforcement.ts';

export type SupervisionSeedOptions = { now: Date };

/**
 * The regulators' side of the demo county, after the enterprises' registers, inspections and
 * hazards exist: tiers and boundaries, public-area risks, assignments in every state, listed major
 * hazards, a completed random draw and a quarter's blacklist.
 */
export async function seedDemoSupervision(
  app: FastifyInstance,
  db: Db,
  options: Partial<SupervisionSeedOptions> = {},
): Promise<void> {
  const now = options.now ?? new Date();
  await seedDemoRegional(app, db, { now });
  await seedDemoMap(app, db, { now });
  await seedDemoAssignment(app, db, { now });
  await seedDemoListing(app, db, { now });
  await seedDemoEnforcement(app, db, { now });
  await seedDemoProgress(app, db, { now });
}
