import type { RiskSettingsInput } from '@shuangkong/contracts';
import { forbidden, notFound } from '../../../../kernel/index.ts';
import { can } from '../../../identity/index.ts';
import { assertKnownTables } from '../../assessments/table-choice.ts';
import type { CommandContext } from '../../risk.database.ts';
import { recordRisk } from '../../risk-record.ts';

/**
 * Sets (or, with null, removes) an industry's default tables. Its enterprises that have not chosen
 * their own assess with them from now on; stored assessments keep the tables they were made with.
 */
export async function setIndustryTables(
  ctx: CommandContext,
  industryCode: string,
  input: RiskSettingsInput | null,
): Promise<void> {
  if (!can(ctx.actor, 'industry.manage')) throw forbidden('industry.manage');
  const industry = await ctx.db
    .selectFrom('industries')
    .select('code')
    .where('code', '=', industryCode)
    .executeTakeFirst();
  if (!industry) throw notFound('Industry');
  if (input) assertKnownTables(input);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('riskIndustryTableDefaults')
      .select(['defaultMethod', 'lecTable', 'lsTable', 'mesTable'])
      .where('industryCode', '=', industryCode)
      .executeTakeFirst();
    if (input) {
      const values = { ...input, updatedAt: new Date(), updatedBy: ctx.actor.userId };
      await trx
        .insertInto('riskIndustryTableDefaults')
        .values({ industryCode, ...values })
        .onConflict((oc) => oc.column('industryCode').doUpdateSet(values))
        .execute();
    } else {
      await trx.deleteFrom('riskIndustryTableDefaults').where('industryCode', '=', industryCode).execute();
    }
    await recordRisk(trx, ctx.audit, {
      enterpriseId: null,
      action: input ? 'risk.industry-tables-updated' : 'risk.industry-tables-removed',
      entityType: 'industryTableDefault',
      entityId: industryCode,
      before: before ?? null,
      after: input,
      facts: { industryCode },
    });
  });
}
