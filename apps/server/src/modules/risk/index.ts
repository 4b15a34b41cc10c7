import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../app/db-schema.ts';

export type { RiskTables } from './risk.tables.ts';
export type { RiskEvent, RiskEventType } from './risk.events.ts';

/** The risk module's HTTP face: each part of the register registers its routes here. */
export const riskRoutes: FastifyPluginAsync<{ db: Db }> = async (_app, _opts) => {};
