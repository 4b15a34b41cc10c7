import { randomUUID } from 'node:crypto';
import type { CardPrintInput } from '@shuangkong/contracts';
import { forbidden } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../risk.database.ts';
import { recordRisk } from '../../risk-record.ts';
import { loadPost } from '../load-post.ts';

/**
 * Records that a post's card was printed, with the hash of what it said: the enterprise's own
 * people print and post cards; a regulator reading them does not change what hangs on the wall.
 */
export async function recordCardPrint(
  ctx: CommandContext,
  enterpriseId: string,
  postId: string,
  input: CardPrintInput,
): Promise<void> {
  const { enterprise, post } = await loadPost(ctx.db, ctx.actor, enterpriseId, postId);
  if (!enterprise.isOwn) throw forbidden('risk.read');
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('riskCardPrints')
      .values({
        enterpriseId: enterprise.id,
        id,
        kind: input.kind,
        postId: post.id,
        contentHash: input.contentHash,
        printedBy: ctx.actor.userId,
        printedByName: ctx.actor.name,
      })
      .execute();
    await recordRisk(trx, ctx.audit, {
      enterpriseId: enterprise.id,
      action: 'risk.card-printed',
      entityType: 'riskCard',
      entityId: post.id,
      after: { kind: input.kind, contentHash: input.contentHash },
    });
  });
}
