import type { RiskObjectUpdate } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { syncMajorHazardFlag } from '../../major-sources/sync-major-hazard-flag.ts';
import { riskErrors } from '../../risk.errors.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { assertResponsible } from '../../units/responsible-refs.ts';
import { authorizeRegisterEdit } from '../../units/unit-edit.ts';
import { assertMajorSourceFields } from '../object-rules.ts';
import { findObject, isObjectCodeTaken } from '../objects.repository.ts';

/**
 * Corrects a risk object. Its units' approval is not touched: an object is the grouping above
 * the units, and the unit content that is signed does not change.
 */
export async function updateRiskObject(
  ctx: CommandContext,
  enterpriseId: string,
  objectId: string,
  patch: RiskObjectUpdate,
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const current = await findObject(ctx.db, enterprise, objectId);
  if (!current || current.archivedAt !== null) throw notFound('Risk object');
  authorizeRegisterEdit(ctx.actor, enterprise);
  const next = {
    code: patch.code,
    name: patch.name,
    kind: patch.kind,
    description: patch.description,
    responsibleUnitId: patch.responsibleUnitId,
    responsibleUserId: patch.responsibleUserId,
    isMajorSource: patch.isMajorSource,
    majorSourceCode: patch.majorSourceCode,
    majorSourceGrade: patch.majorSourceGrade,
    exposedPopulation: patch.exposedPopulation,
    lat: patch.location === undefined ? undefined : (patch.location?.lat ?? null),
    lng: patch.location === undefined ? undefined : (patch.location?.lng ?? null),
    sort: patch.sort,
  };
  assertMajorSourceFields({
    isMajorSource: next.isMajorSource ?? current.isMajorSource,
    majorSourceCode: next.majorSourceCode === undefined ? current.majorSourceCode : next.majorSourceCode,
    majorSourceGrade: next.majorSourceGrade === undefined ? current.majorSourceGrade : next.majorSourceGrade,
  });
  await assertResponsible(ctx.db, enterprise, {
    unitId: patch.responsibleUnitId,
    userId: patch.responsibleUserId,
  });
  await ctx.db.transaction().execute(async (trx) => {
    if (patch.code && (await isObjectCodeTaken(trx, enterprise, patch.code, objectId)))
      throw riskErrors.codeTaken();
    await trx
      .updateTable('riskObjects')
      .set({ ...next, updatedAt: new Date() })
      .where('enterpriseId', '=', enterprise.id)
      .where('id', '=', objectId)
      .execute();
    const changed = Object.keys(patch) as (keyof RiskObjectUpdate)[];
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.object-updated',
      entityType: 'riskObject',
      entityId: objectId,
      before: Object.fromEntries(
        changed.map((k) => [k, k === 'location' ? { lat: current.lat, lng: current.lng } : current[k]]),
      ),
      after: patch,
    });
    if (patch.isMajorSource !== undefined && patch.isMajorSource !== current.isMajorSource)
      await syncMajorHazardFlag(trx, ctx.audit, enterprise.id);
  });
}
