import type { OrgUnitUpdate } from '@shuangkong/contracts';
import type { CommandContext } from '../../identity.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordIdentity } from '../../identity-record.ts';
import { loadManagedEnterprise } from '../load-managed-enterprise.ts';
import { wouldCreateCycle } from '../org-unit-tree.ts';
import { orgUnitErrors } from '../org-unit.errors.ts';
import { findOrgUnit, lockOrgTree } from '../org-unit.repository.ts';

/** Renames, re-kinds, re-sorts or moves a unit; a move below itself is refused. */
export async function updateOrgUnit(
  ctx: CommandContext,
  enterpriseId: string,
  unitId: string,
  patch: OrgUnitUpdate,
): Promise<void> {
  await loadManagedEnterprise(ctx, enterpriseId);
  await ctx.db.transaction().execute(async (trx) => {
    const tree = await lockOrgTree(trx, enterpriseId);
    const current = await findOrgUnit(trx, enterpriseId, unitId);
    if (!current) throw notFound('Org unit');
    if (patch.parentId !== undefined && patch.parentId !== null) {
      if (!tree.some((u) => u.id === patch.parentId)) throw orgUnitErrors.unknownParent();
    }
    if (patch.parentId !== undefined && wouldCreateCycle(tree, unitId, patch.parentId)) {
      throw orgUnitErrors.cycle();
    }
    const changed = (['name', 'kind', 'parentId', 'sort'] as const).filter((k) => patch[k] !== undefined);
    if (changed.length === 0) return;
    await trx
      .updateTable('orgUnits')
      .set({
        name: patch.name,
        kind: patch.kind,
        parentId: patch.parentId,
        sort: patch.sort,
        updatedAt: new Date(),
      })
      .where('enterpriseId', '=', enterpriseId)
      .where('id', '=', unitId)
      .execute();
    await recordIdentity(trx, ctx.audit, {
      enterpriseId,
      action: 'orgUnit.updated',
      entityType: 'orgUnit',
      entityId: unitId,
      before: Object.fromEntries(changed.map((k) => [k, current[k]])),
      after: Object.fromEntries(changed.map((k) => [k, patch[k]])),
    });
  });
}
