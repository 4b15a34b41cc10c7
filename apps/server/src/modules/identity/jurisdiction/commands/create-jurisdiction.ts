import { childJurisdictionLevel, type JurisdictionInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../identity.database.ts';
import { recordIdentity } from '../../identity-record.ts';
import { authorize } from '../../enterprise/enterprise.policy.ts';
import { jurisdictionErrors } from '../jurisdiction.errors.ts';
import { canManageJurisdictions } from '../jurisdiction.policy.ts';
import { findJurisdiction } from '../jurisdiction.repository.ts';

/**
 * Adds a place to the region tree. Its path is derived from the parent, and its level must be the
 * one right below the parent's, so that remits and scopes can compare places by path prefix.
 */
export async function createJurisdiction(ctx: CommandContext, input: JurisdictionInput): Promise<string> {
  authorize(canManageJurisdictions(ctx.actor), 'jurisdiction.manage');
  let path = input.code;
  if (input.parentCode === null) {
    if (input.level !== 'province') throw jurisdictionErrors.parentMissing();
  } else {
    const parent = await findJurisdiction(ctx.db, input.parentCode);
    if (!parent) throw jurisdictionErrors.parentMissing();
    const expected = childJurisdictionLevel(parent.level);
    if (input.level !== expected) throw jurisdictionErrors.levelMismatch(expected);
    path = `${parent.path}.${input.code}`;
  }
  if (await findJurisdiction(ctx.db, input.code)) throw jurisdictionErrors.codeTaken();

  await ctx.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('jurisdictions')
      .values({ ...input, path })
      // A concurrent insert of the same code loses here instead of failing with a 500.
      .onConflict((oc) => oc.column('code').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw jurisdictionErrors.codeTaken();
    await recordIdentity(trx, ctx.audit, {
      enterpriseId: null,
      action: 'jurisdiction.created',
      entityType: 'jurisdiction',
      entityId: input.code,
      after: { ...input, path },
    });
  });
  return input.code;
}
