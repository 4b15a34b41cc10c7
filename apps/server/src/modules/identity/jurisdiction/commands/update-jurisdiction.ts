import type { JurisdictionUpdate } from '@shuangkong/contracts';
import type { CommandContext } from '../../identity.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordIdentity } from '../../identity-record.ts';
import { authorize } from '../../enterprise/enterprise.policy.ts';
import { canManageJurisdictions } from '../jurisdiction.policy.ts';
import { findJurisdiction } from '../jurisdiction.repository.ts';

/** Renames a place (codes and the tree's shape never change: enterprises and remits point at them). */
export async function updateJurisdiction(
  ctx: CommandContext,
  code: string,
  patch: JurisdictionUpdate,
): Promise<void> {
  authorize(canManageJurisdictions(ctx.actor), 'jurisdiction.manage');
  const current = await findJurisdiction(ctx.db, code);
  if (!current) throw notFound('Jurisdiction');
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('jurisdictions').set({ name: patch.name }).where('code', '=', code).execute();
    await recordIdentity(trx, ctx.audit, {
      enterpriseId: null,
      action: 'jurisdiction.updated',
      entityType: 'jurisdiction',
      entityId: code,
      before: { name: current.name },
      after: { name: patch.name },
    });
  });
}
