import type { RiskLevel, SaveTierTableBody, TierTableRow } from '@shuangkong/contracts';
import { sql } from 'kysely';
import { forbidden } from '../../../../../kernel/index.ts';
import type { CommandContext } from '../../../supervision.database.ts';
import { recordSupervision } from '../../../supervision-record.ts';
import { regionalErrors } from '../../regional.errors.ts';
import { mayConfigure } from '../../regional.policy.ts';
import { loadTierTable } from '../tier-table.repository.ts';

const ascending: RiskLevel[] = ['low', 'general', 'significant', 'major'];

/** A higher level is inspected at least as often as a lower one; the first row breaking it. */
export function firstNonMonotonic(rows: readonly TierTableRow[]): string | null {
  const byLevel = ascending.map((level) => rows.findIndex((r) => r.level === level));
  for (let i = 1; i < byLevel.length; i++) {
    const lower = rows[byLevel[i - 1]!]!;
    const higher = rows[byLevel[i]!]!;
    if (higher.inspectionsHighRisk < lower.inspectionsHighRisk)
      return `body.rows.${byLevel[i]}.inspectionsHighRisk`;
    if (higher.inspectionsOther < lower.inspectionsOther) return `body.rows.${byLevel[i]}.inspectionsOther`;
  }
  return null;
}

/**
 * Replaces the regulator's 分级监管 table: the tier and planned inspections a year of each
 * adjusted level. Audited with the table before and after.
 */
export async function saveTierTable(ctx: CommandContext, body: SaveTierTableBody) {
  const { actor } = ctx;
  if (!mayConfigure(actor)) {
    if (actor.regulatorId === null && actor.permissions.has('supervision.configure'))
      throw regionalErrors.noRegulator();
    throw forbidden('supervision.configure');
  }
  const regulatorId = actor.regulatorId!;
  const broken = firstNonMonotonic(body.rows);
  if (broken) throw regionalErrors.notMonotonic(broken);
  await ctx.db.transaction().execute(async (trx) => {
    // Serialises two admins saving at once: the second sees the first's table as its "before".
    await sql`select pg_advisory_xact_lock(hashtext(${`supervision.tier-table:${regulatorId}`}))`.execute(
      trx,
    );
    const before = await loadTierTable(trx, actor);
    const now = new Date();
    for (const row of body.rows) {
      await trx
        .insertInto('supervisionTierTables')
        .values({ regulatorId, ...row, updatedAt: now, updatedBy: actor.userId, updatedByName: actor.name })
        .onConflict((oc) =>
          oc.columns(['regulatorId', 'level']).doUpdateSet({
            tier: row.tier,
            inspectionsHighRisk: row.inspectionsHighRisk,
            inspectionsOther: row.inspectionsOther,
            updatedAt: now,
            updatedBy: actor.userId,
            updatedByName: actor.name,
          }),
        )
        .execute();
    }
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.tier-table-saved',
      entityType: 'supervisionTierTable',
      entityId: regulatorId,
      enterpriseId: null,
      before: before.configured ? before.rows : null,
      after: body.rows,
      facts: { regulatorId, rows: body.rows },
    });
  });
}
