import { randomUUID } from 'node:crypto';
import type { RiskObjectInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { recordRisk } from '../../risk-record.ts';
import { syncMajorHazardFlag } from '../../major-sources/sync-major-hazard-flag.ts';
import { riskErrors } from '../../risk.errors.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { assertResponsible } from '../../units/responsible-refs.ts';
import { authorizeRegisterEdit } from '../../units/unit-edit.ts';
import { assertMajorSourceFields } from '../object-rules.ts';
import { isObjectCodeTaken } from '../objects.repository.ts';

/** Adds a risk object (facility, area, device or work activity) to the register. */
export async function createRiskObject(
  ctx: CommandContext,
  enterpriseId: string,
  input: RiskObjectInput,
): Promise<string> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  authorizeRegisterEdit(ctx.actor, enterprise);
  const row = {
    enterpriseId,
    id: randomUUID(),
    code: input.code,
    name: input.name,
    kind: input.kind,
    description: input.description ?? '',
    responsibleUnitId: input.responsibleUnitId ?? null,
    responsibleUserId: input.responsibleUserId ?? null,
    isMajorSource: input.isMajorSource ?? false,
    majorSourceCode: input.majorSourceCode ?? null,
    majorSourceGrade: input.majorSourceGrade ?? null,
    exposedPopulation: input.exposedPopulation ?? null,
    lat: input.location?.lat ?? null,
    lng: input.location?.lng ?? null,
    sort: input.sort ?? 0,
    archivedAt: null,
  };
  assertMajorSourceFields(row);
  await assertResponsible(ctx.db, enterprise, {
    unitId: row.responsibleUnitId,
    userId: row.responsibleUserId,
  });
  return ctx.db.transaction().execute(async (trx) => {
    if (await isObjectCodeTaken(trx, enterprise, row.code)) throw riskErrors.codeTaken();
    await trx.insertInto('riskObjects').values(row).execute();
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.object-created',
      entityType: 'riskObject',
      entityId: row.id,
      after: input,
    });
    if (row.isMajorSource) await syncMajorHazardFlag(trx, ctx.audit, enterprise.id);
    return row.id;
  });
}
