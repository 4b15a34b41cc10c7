import type { UserUpdate } from '@shuangkong/contracts';
import type { CommandContext } from '../../identity.database.ts';
import { recordIdentity } from '../../identity-record.ts';
import { identityErrors } from '../../identity.errors.ts';
import { loadManagedUser } from '../load-managed-user.ts';
import { uniqueViolationToConflict, userErrors } from '../user.errors.ts';
import { orgUnitExists, unsafeFindUserHolding } from '../user.repository.ts';

/** Corrects a user's name or phone, or moves them to another unit of their enterprise. */
export async function updateUser(ctx: CommandContext, id: string, patch: UserUpdate): Promise<void> {
  const current = await loadManagedUser(ctx, id);
  if (patch.orgUnitId) {
    if (!current.enterpriseId) throw userErrors.notAllowed('body.orgUnitId');
    if (!(await orgUnitExists(ctx.db, current.enterpriseId, patch.orgUnitId))) {
      throw userErrors.unknown('body.orgUnitId');
    }
  }
  if (patch.phone !== undefined && (await unsafeFindUserHolding(ctx.db, { phone: patch.phone }, id))) {
    throw identityErrors.phoneTaken();
  }
  const changed = (['name', 'phone', 'orgUnitId'] as const).filter((k) => patch[k] !== undefined);
  if (changed.length === 0) return;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({ name: patch.name, phone: patch.phone, orgUnitId: patch.orgUnitId, updatedAt: new Date() })
        .where('id', '=', id)
        .execute();
      await recordIdentity(trx, ctx.audit, {
        enterpriseId: current.enterpriseId,
        action: 'user.updated',
        entityType: 'user',
        entityId: id,
        before: Object.fromEntries(changed.map((k) => [k, current[k]])),
        after: Object.fromEntries(changed.map((k) => [k, patch[k]])),
      });
    });
  } catch (error) {
    throw uniqueViolationToConflict(error);
  }
}
