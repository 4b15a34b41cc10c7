import { randomUUID } from 'node:crypto';
import type { OrgUnitInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../identity.database.ts';
import { recordIdentity } from '../../identity-record.ts';
import { loadManagedEnterprise } from '../load-managed-enterprise.ts';
import { orgUnitErrors } from '../org-unit.errors.ts';
import { lockOrgTree, nextSort } from '../org-unit.repository.ts';

/** Adds a department, workshop, team or post to the enterprise's tree (at the end when no sort). */
export async function createOrgUnit(
  ctx: CommandContext,
  enterpriseId: string,
  input: OrgUnitInput,
): Promise<string> {
  await loadManagedEnterprise(ctx, enterpriseId);
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const tree = await lockOrgTree(trx, enterpriseId);
    if (input.parentId !== null && !tree.some((u) => u.id === input.parentId)) {
      throw orgUnitErrors.unknownParent();
    }
    const sort = input.sort ?? (await nextSort(trx, enterpriseId, input.parentId));
    const values = { enterpriseId, id, parentId: input.parentId, name: input.name, kind: input.kind, sort };
    await trx.insertInto('orgUnits').values(values).execute();
    await recordIdentity(trx, ctx.audit, {
      enterpriseId,
      action: 'orgUnit.created',
      entityType: 'orgUnit',
      entityId: id,
      after: { parentId: input.parentId, name: input.name, kind: input.kind, sort },
    });
  });
  return id;
}
