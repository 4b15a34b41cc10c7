import type { IndustryUpdate } from '@shuangkong/contracts';
import type { CommandContext } from '../../identity.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordIdentity } from '../../identity-record.ts';
import { authorize } from '../../enterprise/enterprise.policy.ts';
import { canManageIndustries } from '../industry.policy.ts';
import { findIndustry } from '../industry.repository.ts';

/**
 * Renames an industry or changes its high-risk flag; start-up reference sync keeps both edits
 * (it only adds codes and re-sorts).
 */
export async function updateIndustry(
  ctx: CommandContext,
  code: string,
  patch: IndustryUpdate,
): Promise<void> {
  authorize(canManageIndustries(ctx.actor), 'industry.manage');
  const current = await findIndustry(ctx.db, code);
  if (!current) throw notFound('Industry');
  const changed = (['nameZh', 'isHighRisk'] as const).filter((k) => patch[k] !== undefined);
  if (changed.length === 0) return;
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('industries')
      .set({ nameZh: patch.nameZh, isHighRisk: patch.isHighRisk })
      .where('code', '=', code)
      .execute();
    await recordIdentity(trx, ctx.audit, {
      enterpriseId: null,
      action: 'industry.updated',
      entityType: 'industry',
      entityId: code,
      before: Object.fromEntries(changed.map((k) => [k, current[k]])),
      after: Object.fromEntries(changed.map((k) => [k, patch[k]])),
    });
  });
}
