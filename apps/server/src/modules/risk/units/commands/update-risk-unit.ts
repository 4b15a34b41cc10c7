import type { RiskUnitUpdate } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { validationFailed } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { findObject } from '../../objects/objects.repository.ts';
import { riskErrors } from '../../risk.errors.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { assertResponsible } from '../responsible-refs.ts';
import { beginUnitEdit } from '../unit-edit.ts';
import { isUnitCodeTaken } from '../units.repository.ts';

/** Changes a unit's own fields (an approved unit reopens as a draft). */
export async function updateRiskUnit(
  ctx: CommandContext,
  enterpriseId: string,
  unitId: string,
  patch: RiskUnitUpdate,
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await beginUnitEdit(trx, ctx, enterprise, unitId);
    if (patch.objectId) {
      const object = await findObject(trx, enterprise, patch.objectId);
      if (!object || object.archivedAt !== null)
        throw validationFailed('body.objectId', 'not a risk object of this enterprise');
    }
    await assertResponsible(trx, enterprise, {
      unitId: patch.responsibleUnitId,
      userId: patch.responsibleUserId,
    });
    await assertResponsible(
      trx,
      enterprise,
      { unitId: patch.controlUnitId, userId: patch.controlUserId },
      'control',
    );
    if (patch.code && (await isUnitCodeTaken(trx, enterprise, patch.code, unitId)))
      throw riskErrors.codeTaken();
    await trx
      .updateTable('riskUnits')
      .set({
        objectId: patch.objectId,
        code: patch.code,
        name: patch.name,
        description: patch.description,
        responsibleUnitId: patch.responsibleUnitId,
        responsibleUserId: patch.responsibleUserId,
        controlTier: patch.controlTier,
        controlUnitId: patch.controlUnitId,
        controlUserId: patch.controlUserId,
        lat: patch.location === undefined ? undefined : (patch.location?.lat ?? null),
        lng: patch.location === undefined ? undefined : (patch.location?.lng ?? null),
        sort: patch.sort,
        updatedAt: new Date(),
      })
      .where('enterpriseId', '=', enterprise.id)
      .where('id', '=', unitId)
      .execute();
    const changed = (Object.keys(patch) as (keyof RiskUnitUpdate)[]).filter((k) => k !== 'location');
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.unit-updated',
      entityType: 'riskUnit',
      entityId: unitId,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: patch,
    });
  });
}
