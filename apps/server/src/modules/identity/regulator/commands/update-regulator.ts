import type { RegulatorUpdate } from '@shuangkong/contracts';
import type { CommandContext } from '../../identity.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordIdentity } from '../../identity-record.ts';
import { authorize } from '../../enterprise/enterprise.policy.ts';
import { regulatorAbilities } from '../regulator.policy.ts';
import { findRegulatorForActor } from '../regulator.repository.ts';

/**
 * Renames, re-kinds or (de)activates a department. Its place is fixed: users, remits and history
 * hang on it, so a department that moves is a new regulator.
 */
export async function updateRegulator(
  ctx: CommandContext,
  id: string,
  patch: RegulatorUpdate,
): Promise<void> {
  const current = await findRegulatorForActor(ctx.db, ctx.actor, id);
  if (!current) throw notFound('Regulator');
  authorize(regulatorAbilities(ctx.actor).canUpdate, 'regulator.manage');
  const changed = (['name', 'kind', 'isActive'] as const).filter((k) => patch[k] !== undefined);
  if (changed.length === 0) return;
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('regulators')
      .set({ name: patch.name, kind: patch.kind, isActive: patch.isActive, updatedAt: new Date() })
      .where('id', '=', id)
      .execute();
    await recordIdentity(trx, ctx.audit, {
      enterpriseId: null,
      action: 'regulator.updated',
      entityType: 'regulator',
      entityId: id,
      before: Object.fromEntries(changed.map((k) => [k, current[k]])),
      after: Object.fromEntries(changed.map((k) => [k, patch[k]])),
    });
  });
}
