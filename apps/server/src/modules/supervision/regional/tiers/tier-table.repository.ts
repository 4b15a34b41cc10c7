import type { RiskLevel, TierTableRow } from '@shuangkong/contracts';
import type { Actor } from '../../../identity/index.ts';
import type { Db } from '../../supervision.database.ts';
import { DEFAULT_TIER_TABLE } from './tier-rule.ts';

const order: RiskLevel[] = ['major', 'significant', 'general', 'low'];

/** The regulator's tier table, or the defaults while it has none (or the actor has no regulator). */
export async function loadTierTable(db: Db, actor: Actor) {
  const rows = actor.regulatorId
    ? await db
        .selectFrom('supervisionTierTables')
        .selectAll()
        .where('regulatorId', '=', actor.regulatorId)
        .execute()
    : [];
  const table: TierTableRow[] = order.map((level) => {
    const own = rows.find((r) => r.level === level);
    return own
      ? {
          level,
          tier: own.tier,
          inspectionsHighRisk: own.inspectionsHighRisk,
          inspectionsOther: own.inspectionsOther,
        }
      : DEFAULT_TIER_TABLE.find((r) => r.level === level)!;
  });
  const latest = rows.reduce<(typeof rows)[number] | null>(
    (a, r) => (a === null || new Date(r.updatedAt) > new Date(a.updatedAt) ? r : a),
    null,
  );
  return {
    rows: table,
    configured: rows.length > 0,
    updatedAt: latest ? new Date(latest.updatedAt).toISOString() : null,
    updatedByName: latest?.updatedByName || null,
  };
}
