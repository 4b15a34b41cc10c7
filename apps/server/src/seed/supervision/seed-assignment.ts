import type { FastifyInstance } from 'fastify';
import type { Db } from '../seed-database.ts';
import type { SupervisionSeedOptions } from './seed-supervision.ts';

/** Demo data of supervision's assignment part, made through the API as regulators and enterprises would. */
export async function seedDemoAssignment(
  _app: FastifyInstance,
  _db: Db,
  _options: SupervisionSeedOptions,
): Promise<void> {
  // Filled by the part.
}
