import type { CommandContext } from '../../identity.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordIdentity } from '../../identity-record.ts';
import { loadManagedEnterprise } from '../load-managed-enterprise.ts';
import { isForeignKeyViolation, orgUnitErrors } from '../org-unit.errors.ts';
import { presentOrgUnit } from '../org-unit.presenter.ts';
import { findOrgUnit, isOrgUnitInUse, lockOrgTree } from '../org-unit.repository.ts';

/** Removes an empty unit; one with sub-units or users is kept (409) so nobody is orphaned. */
export async function deleteOrgUnit(
  ctx: CommandContext,
  enterpriseId: string,
  unitId: string,
): Promise<void> {
  await loadManagedEnterprise(ctx, enterpriseId);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await lockOrgTree(trx, enterpriseId);
      const current = await findOrgUnit(trx, enterpriseId, unitId);
      if (!current) throw notFound('Org unit');
      if (await isOrgUnitInUse(trx, enterpriseId, unitId)) throw orgUnitErrors.notEmpty();
      await trx
        .deleteFrom('orgUnits')
        .where('enterpriseId', '=', enterpriseId)
        .where('id', '=', unitId)
        .execute();
      await recordIdentity(trx, ctx.audit, {
        enterpriseId,
        action: 'orgUnit.deleted',
        entityType: 'orgUnit',
        entityId: unitId,
        before: presentOrgUnit(current),
      });
    });
  } catch (error) {
    // Other modules' records (control tiers, tasks…) may point at the unit too.
    if (isForeignKeyViolation(error)) throw orgUnitErrors.notEmpty();
    throw error;
  }
}
