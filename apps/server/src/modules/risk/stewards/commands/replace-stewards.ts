import type { StewardsInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { findObject } from '../../objects/objects.repository.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { assertMember } from '../../units/responsible-refs.ts';
import { authorizeRegisterEdit } from '../../units/unit-edit.ts';
import { findStewards, replaceStewards } from '../stewards.repository.ts';

/** Sets a major source's 包保责任人: one principal, one technical, one operational person. */
export async function replaceObjectStewards(
  ctx: CommandContext,
  enterpriseId: string,
  objectId: string,
  input: StewardsInput,
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const object = await findObject(ctx.db, enterprise, objectId);
  if (!object || object.archivedAt !== null) throw notFound('Risk object');
  authorizeRegisterEdit(ctx.actor, enterprise);
  for (const [i, s] of input.stewards.entries())
    await assertMember(ctx.db, enterprise, s.userId, `body.stewards.${i}.userId`);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findStewards(trx, enterprise, objectId);
    await replaceStewards(trx, enterprise, objectId, input.stewards);
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.stewards-updated',
      entityType: 'riskObject',
      entityId: objectId,
      before: { stewards: before },
      after: input,
    });
  });
}
