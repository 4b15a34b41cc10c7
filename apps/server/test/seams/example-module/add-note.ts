import { randomUUID } from 'node:crypto';
import { recordChange } from '../../../src/platform/events/index.ts';
import { forbidden, notFound } from '../../../src/kernel/index.ts';
import { can, findEnterpriseForActor } from '../../../src/modules/identity/index.ts';
import type { CommandContext } from './example.database.ts';

/** One use case per file: check scope and permission, change, record, in one transaction. */
export async function addNote(ctx: CommandContext, enterpriseId: string, text: string): Promise<string> {
  const enterprise = await findEnterpriseForActor(ctx.db, ctx.actor, enterpriseId);
  if (!enterprise) throw notFound('Enterprise');
  if (!can(ctx.actor, 'risk.edit') || ctx.actor.enterpriseId !== enterprise.id) throw forbidden('risk.edit');
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('exampleNotes').values({ enterpriseId, id, riskObjectId: null, text }).execute();
    // A real module wraps this in its own typed `recordExample(trx, audit, entry)` (see risk-record.ts).
    await recordChange(trx, ctx.audit, {
      enterpriseId,
      action: 'example.note-added',
      entityType: 'exampleNote',
      entityId: id,
      after: { text },
    });
  });
  return id;
}
