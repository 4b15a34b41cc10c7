import { randomUUID } from 'node:crypto';
import type { RegulatorInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../identity.database.ts';
import { recordIdentity } from '../../identity-record.ts';
import { resolveJurisdictionPath } from '../../enterprise/enterprise-input.ts';
import { authorize } from '../../enterprise/enterprise.policy.ts';
import { validateRemits } from '../regulator-remits.ts';
import { canCreateRegulator } from '../regulator.policy.ts';

/** An administrator sets up a department with its remit (industries × places it supervises). */
export async function createRegulator(ctx: CommandContext, input: RegulatorInput): Promise<string> {
  authorize(canCreateRegulator(ctx.actor), 'regulator.manage');
  const path = await resolveJurisdictionPath(ctx.db, input.jurisdictionCode);
  const remits = await validateRemits(ctx.db, path, input.remits);
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('regulators')
      .values({ id, name: input.name, kind: input.kind, jurisdictionCode: input.jurisdictionCode })
      .execute();
    if (remits.length > 0) {
      await trx
        .insertInto('regulatorRemits')
        .values(remits.map((r) => ({ regulatorId: id, ...r })))
        .execute();
    }
    await recordIdentity(trx, ctx.audit, {
      enterpriseId: null,
      action: 'regulator.created',
      entityType: 'regulator',
      entityId: id,
      after: { ...input, remits },
    });
  });
  return id;
}
