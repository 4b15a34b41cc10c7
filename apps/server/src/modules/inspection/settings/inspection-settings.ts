import type { InspectionSettings, InspectionSettingsBody } from '@shuangkong/contracts';
import { inspectionSettingsBody } from '@shuangkong/contracts';
import { forbidden } from '../../../kernel/index.ts';
import type { CommandContext, Db, Trx } from '../inspection.database.ts';
import { mayManage, mayRead } from '../inspection.policy.ts';
import { recordInspection } from '../inspection-record.ts';
import { InspectionScope } from '../inspection-scope.ts';

/** The enterprise's inspection rules; the defaults until a manager changes them. */
export async function readInspectionSettings(db: Db | Trx, enterpriseId: string) {
  const row = await db
    .selectFrom('inspectionSettings')
    .select(['requireScan'])
    .where('enterpriseId', '=', enterpriseId)
    .executeTakeFirst();
  return { requireScan: row?.requireScan ?? false };
}

export async function getInspectionSettings(
  ctx: CommandContext,
  enterpriseId: string,
): Promise<InspectionSettings> {
  const scope = await InspectionScope.load(ctx.db, ctx.actor, enterpriseId);
  if (!mayRead(ctx.actor)) throw forbidden('inspection.read');
  return {
    ...(await readInspectionSettings(ctx.db, scope.id)),
    abilities: { edit: mayManage(ctx.actor, scope) },
  };
}

/** 要求现场扫码: on, a check is taken only from the unit's page opened by scanning its card. */
export async function saveInspectionSettings(
  ctx: CommandContext,
  enterpriseId: string,
  input: InspectionSettingsBody,
): Promise<InspectionSettings> {
  const body = inspectionSettingsBody.parse(input);
  const scope = await InspectionScope.load(ctx.db, ctx.actor, enterpriseId);
  if (!mayManage(ctx.actor, scope)) throw forbidden('inspection.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await readInspectionSettings(trx, scope.id);
    await trx
      .insertInto('inspectionSettings')
      .values({ enterpriseId: scope.id, requireScan: body.requireScan, updatedBy: ctx.actor.userId })
      .onConflict((oc) =>
        oc.column('enterpriseId').doUpdateSet({
          requireScan: body.requireScan,
          updatedBy: ctx.actor.userId,
          updatedAt: new Date(),
        }),
      )
      .execute();
    await recordInspection(trx, ctx.audit, {
      action: 'inspection.settings-updated',
      entityType: 'inspectionSettings',
      entityId: scope.id,
      enterpriseId: scope.id,
      before,
      after: body,
      facts: { requireScan: body.requireScan },
    });
    return { requireScan: body.requireScan, abilities: { edit: true } };
  });
}
