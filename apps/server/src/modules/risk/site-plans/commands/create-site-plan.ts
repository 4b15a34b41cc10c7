import { randomUUID } from 'node:crypto';
import type { SitePlanInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { validationFailed } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { findEnterpriseFile } from '../site-plan.repository.ts';
import { loadEditableEnterprise } from './load-editable.ts';

/** Adds a site plan (厂区平面图) drawn on an image the enterprise uploaded. */
export async function createSitePlan(
  ctx: CommandContext,
  enterpriseId: string,
  input: SitePlanInput,
): Promise<string> {
  const enterprise = await loadEditableEnterprise(ctx, enterpriseId);
  // Another tenant's file id is answered like a missing one: the caller learns nothing about it.
  const file = await findEnterpriseFile(ctx.db, enterprise.id, input.fileId);
  if (!file) throw validationFailed('body.fileId', 'no such file of this enterprise');
  if (!file.mimeType.startsWith('image/'))
    throw validationFailed('body.fileId', 'the site plan must be an image');
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('riskSitePlans')
      .values({
        enterpriseId: enterprise.id,
        id,
        name: input.name,
        fileId: input.fileId,
        width: input.width,
        height: input.height,
      })
      .execute();
    await recordRisk(trx, ctx.audit, {
      enterpriseId: enterprise.id,
      action: 'risk.site-plan-created',
      entityType: 'riskSitePlan',
      entityId: id,
      after: input,
    });
  });
  return id;
}
