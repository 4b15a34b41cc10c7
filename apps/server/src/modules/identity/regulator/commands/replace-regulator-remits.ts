import type { RegulatorRemitInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../identity.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordIdentity } from '../../identity-record.ts';
import { authorize } from '../../enterprise/enterprise.policy.ts';
import { validateRemits } from '../regulator-remits.ts';
import { regulatorAbilities } from '../regulator.policy.ts';
import { findRegulatorForActor, remitsOf } from '../regulator.repository.ts';

/**
 * Replaces what a department supervises. Its users' scopes follow on their next request (scopes are
 * resolved per request), and the audit keeps the remit before and after.
 */
export async function replaceRegulatorRemits(
  ctx: CommandContext,
  id: string,
  input: readonly RegulatorRemitInput[],
): Promise<void> {
  const regulator = await findRegulatorForActor(ctx.db, ctx.actor, id);
  if (!regulator) throw notFound('Regulator');
  authorize(regulatorAbilities(ctx.actor).canUpdate, 'regulator.manage');
  const remits = await validateRemits(ctx.db, regulator.jurisdictionPath, input);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await remitsOf(trx, [id]);
    await trx.deleteFrom('regulatorRemits').where('regulatorId', '=', id).execute();
    if (remits.length > 0) {
      await trx
        .insertInto('regulatorRemits')
        .values(remits.map((r) => ({ regulatorId: id, ...r })))
        .execute();
    }
    await recordIdentity(trx, ctx.audit, {
      enterpriseId: null,
      action: 'regulator.remits-replaced',
      entityType: 'regulator',
      entityId: id,
      before: {
        remits: before.map((r) => ({ jurisdictionCode: r.jurisdictionCode, industryCode: r.industryCode })),
      },
      after: { remits },
    });
  });
}
