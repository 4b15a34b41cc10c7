import type { FastifyInstance } from 'fastify';
import type { Db } from '../seed-database.ts';
import type { SupervisionSeedOptions } from './seed-supervision.ts';

/** Demo data of supervision's progress part, made through the API as regulators and enterprises would. */
export async function seedDemoProgress(
  _app: FastifyInstance,
  _db: Db,
  _options: SupervisionSeedOptions,
): Promise<void> {
  // Filled by the part.
}
