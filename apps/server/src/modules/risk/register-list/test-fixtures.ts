import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../../app/db-schema.ts';
import type { Level } from '../risk.tables.ts';

/**
 * A risk event inserted directly, for the approval, revision and register tests. It stands in for
 * test/risk-factories.ts buildRiskEvent, whose insert names `accidentTypes1986`: CamelCasePlugin
 * maps that to accident_types1986, not the table's accident_types1986, so it fails.
 */
export async function buildEvent(
  db: Db,
  enterpriseId: string,
  unitId: string,
  o: {
    name?: string;
    inherentLevel?: Level | null;
    residualLevel?: Level | null;
    accidentTypes?: string[];
  } = {},
) {
  const id = randomUUID();
  await sql`insert into risk_events (enterprise_id, id, unit_id, name, accident_types1986, inherent_level, residual_level)
    values (${enterpriseId}, ${id}, ${unitId}, ${o.name ?? `储罐泄漏引发火灾爆炸${id.slice(0, 4)}`},
      ${o.accidentTypes ?? ['015']}, ${o.inherentLevel ?? null}, ${o.residualLevel ?? null})`.execute(db);
  return { id };
}
