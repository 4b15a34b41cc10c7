import type { TierTableRow } from '@shuangkong/contracts';
import type { FastifyInstance } from 'fastify';
import { DEMO_PASSWORD } from '../demo-county/index.ts';
import { SeedClient } from '../risk/seed-client.ts';
import type { Db } from '../seed-database.ts';
import type { SupervisionSeedOptions } from './seed-supervision.ts';

/**
 * Each demo regulator's 分级监管 table, saved by its own administrator through the API (audited like
 * any change). The emergency bureau keeps the Shanxi 2025 frequencies (STANDARDS §8); the housing
 * bureau, whose construction sites change every few months, visits significant sites more often; the
 * industrial park, a township remit with its own inspectors, checks every enterprise at least
 * quarterly.
 */
const TABLES: Record<string, TierTableRow[]> = {
  yingji: [
    { level: 'major', tier: 'key', inspectionsHighRisk: 12, inspectionsOther: 6 },
    { level: 'significant', tier: 'strict', inspectionsHighRisk: 8, inspectionsOther: 4 },
    { level: 'general', tier: 'general', inspectionsHighRisk: 4, inspectionsOther: 2 },
    { level: 'low', tier: 'routine', inspectionsHighRisk: 2, inspectionsOther: 1 },
  ],
  zhujian: [
    { level: 'major', tier: 'key', inspectionsHighRisk: 12, inspectionsOther: 12 },
    { level: 'significant', tier: 'strict', inspectionsHighRisk: 6, inspectionsOther: 6 },
    { level: 'general', tier: 'general', inspectionsHighRisk: 4, inspectionsOther: 2 },
    { level: 'low', tier: 'routine', inspectionsHighRisk: 2, inspectionsOther: 1 },
  ],
  xiangzhen: [
    { level: 'major', tier: 'key', inspectionsHighRisk: 12, inspectionsOther: 8 },
    { level: 'significant', tier: 'strict', inspectionsHighRisk: 8, inspectionsOther: 4 },
    { level: 'general', tier: 'general', inspectionsHighRisk: 4, inspectionsOther: 4 },
    { level: 'low', tier: 'routine', inspectionsHighRisk: 4, inspectionsOther: 4 },
  ],
};

/** Demo data of supervision's regional part, made through the API as regulators and enterprises would. */
export async function seedDemoRegional(
  app: FastifyInstance,
  db: Db,
  _options: SupervisionSeedOptions,
): Promise<void> {
  const client = new SeedClient(app);
  for (const [persona, rows] of Object.entries(TABLES)) {
    // The persona's regulator's administrator keeps the table.
    const admin = await db
      .selectFrom('users as p')
      .innerJoin('users as a', 'a.regulatorId', 'p.regulatorId')
      .innerJoin('userRoles as r', 'r.userId', 'a.id')
      .select('a.username')
      .where('p.username', '=', persona)
      .where('r.role', '=', 'regulatorAdmin')
      .orderBy('a.username')
      .executeTakeFirst();
    if (!admin) throw new Error(`demo: no regulator administrator beside ${persona}`);
    const session = await client.login(admin.username, DEMO_PASSWORD);
    await client.call(session, 'PUT', '/supervision/tier-table', { rows });
  }
}
