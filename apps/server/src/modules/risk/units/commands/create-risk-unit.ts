import { randomUUID } from 'node:crypto';
import type { RiskUnitInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { validationFailed } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { findObject } from '../../objects/objects.repository.ts';
import { riskErrors } from '../../risk.errors.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { assertResponsible } from '../responsible-refs.ts';
import { authorizeRegisterEdit } from '../unit-edit.ts';
import { isUnitCodeTaken } from '../units.repository.ts';

/** Adds a risk unit (风险点) under an object of the same enterprise, as a draft. */
export async function createRiskUnit(
  ctx: CommandContext,
  enterpriseId: string,
  input: RiskUnitInput,
): Promise<string> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  authorizeRegisterEdit(ctx.actor, enterprise);
  const object = await findObject(ctx.db, enterprise, input.objectId);
  if (!object || object.archivedAt !== null)
    throw validationFailed('body.objectId', 'not a risk object of this enterprise');
  await assertResponsible(ctx.db, enterprise, {
    unitId: input.responsibleUnitId,
    userId: input.responsibleUserId,
  });
  await assertResponsible(
    ctx.db,
    enterprise,
    { unitId: input.controlUnitId, userId: input.controlUserId },
    'control',
  );
  const id = randomUUID();
  return ctx.db.transaction().execute(async (trx) => {
    if (await isUnitCodeTaken(trx, enterprise, input.code)) throw riskErrors.codeTaken();
    await trx
      .insertInto('riskUnits')
      .values({
        enterpriseId,
        id,
        objectId: input.objectId,
        code: input.code,
        name: input.name,
        description: input.description ?? '',
        responsibleUnitId: input.responsibleUnitId ?? null,
        responsibleUserId: input.responsibleUserId ?? null,
        controlTier: input.controlTier ?? null,
        controlUnitId: input.controlUnitId ?? null,
        controlUserId: input.controlUserId ?? null,
        inherentLevel: null,
        residualLevel: null,
        currentLevel: null,
        reassessmentReason: null,
        lastAssessedAt: null,
        lat: input.location?.lat ?? null,
        lng: input.location?.lng ?? null,
        sort: input.sort ?? 0,
        archivedAt: null,
      })
      .execute();
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.unit-created',
      entityType: 'riskUnit',
      entityId: id,
      after: input,
    });
    return id;
  });
}
