import { randomUUID } from 'node:crypto';
import type { StepsInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { validationFailed } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { beginUnitEdit } from '../unit-edit.ts';

/**
 * Replaces a unit's JHA steps / SCL items with the given list. Steps sent with their id keep it,
 * so events linked to them stay linked; steps left out are deleted and their events unlinked.
 */
export async function replaceUnitSteps(
  ctx: CommandContext,
  enterpriseId: string,
  unitId: string,
  input: StepsInput,
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  await ctx.db.transaction().execute(async (trx) => {
    await beginUnitEdit(trx, ctx, enterprise, unitId);
    const existing = await trx
      .selectFrom('riskUnitSteps')
      .select(['id', 'kind', 'seq', 'name', 'standard'])
      .where('enterpriseId', '=', enterprise.id)
      .where('unitId', '=', unitId)
      .execute();
    const known = new Set(existing.map((s) => s.id));
    input.steps.forEach((s, i) => {
      if (s.id && !known.has(s.id)) throw validationFailed(`body.steps.${i}.id`, 'not a step of this unit');
    });
    const kept = new Set(input.steps.flatMap((s) => (s.id ? [s.id] : [])));
    const removed = existing.filter((s) => !kept.has(s.id)).map((s) => s.id);
    if (removed.length > 0) {
      await trx
        .deleteFrom('riskUnitSteps')
        .where('enterpriseId', '=', enterprise.id)
        .where('id', 'in', removed)
        .execute();
    }
    for (const s of input.steps) {
      const values = { kind: s.kind, seq: s.seq, name: s.name, standard: s.standard ?? '' };
      if (s.id) {
        await trx
          .updateTable('riskUnitSteps')
          .set(values)
          .where('enterpriseId', '=', enterprise.id)
          .where('id', '=', s.id)
          .execute();
      } else {
        await trx
          .insertInto('riskUnitSteps')
          .values({ enterpriseId: enterprise.id, id: randomUUID(), unitId, ...values })
          .execute();
      }
    }
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.unit-updated',
      entityType: 'riskUnit',
      entityId: unitId,
      before: { steps: existing },
      after: { steps: input.steps },
    });
  });
}
