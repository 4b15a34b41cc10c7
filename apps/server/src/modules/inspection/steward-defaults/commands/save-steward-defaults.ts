import type { StewardDefaultsBody } from '@shuangkong/contracts';
import { forbidden } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../inspection.database.ts';
import { mayManage } from '../../inspection.policy.ts';
import { recordInspection } from '../../inspection-record.ts';
import { InspectionScope } from '../../inspection-scope.ts';
import { stewardDefaultsOf } from '../steward-defaults.repository.ts';

/** Sets the enterprise's cycle for each steward role (包保: principal, technical, operational). */
export async function saveStewardDefaults(
  ctx: CommandContext,
  enterpriseId: string,
  body: StewardDefaultsBody,
) {
  const scope = await InspectionScope.load(ctx.db, ctx.actor, enterpriseId);
  if (!mayManage(ctx.actor, scope)) throw forbidden('inspection.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await stewardDefaultsOf(trx, scope);
    const now = new Date();
    await trx
      .insertInto('inspectionStewardDefaults')
      .values(body.defaults.map((d) => ({ enterpriseId: scope.id, ...d, updatedAt: now })))
      .onConflict((oc) =>
        oc.columns(['enterpriseId', 'role']).doUpdateSet((eb) => ({
          checkCycle: eb.ref('excluded.checkCycle'),
          checkCycleUnit: eb.ref('excluded.checkCycleUnit'),
          updatedAt: now,
        })),
      )
      .execute();
    await recordInspection(trx, ctx.audit, {
      action: 'inspection.steward-defaults-updated',
      entityType: 'inspectionStewardDefaults',
      entityId: scope.id,
      enterpriseId: scope.id,
      before,
      after: body.defaults,
      facts: { roles: body.defaults.map((d) => d.role) },
    });
    return { data: await stewardDefaultsOf(trx, scope), abilities: { edit: true } };
  });
}
