import { randomUUID } from 'node:crypto';
import type { MajorSourceUpdate } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { forbidden, notFound } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { syncMajorHazardFlag } from '../sync-major-hazard-flag.ts';
import { evaluateMajorSource } from '../../engine/evaluate-major-source.ts';
import { registerAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { inventoryField, withEngineFields } from '../engine-input.ts';
import { findRiskObject } from '../major-source.repository.ts';

/**
 * Stores a unit's design-maximum inventory, identifies and grades it (GB 18218-2018), keeps the
 * calculation as an append-only snapshot and marks the risk object as a major source or not.
 */
export async function evaluateObjectMajorSource(
  ctx: CommandContext,
  enterpriseId: string,
  objectId: string,
  input: MajorSourceUpdate,
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const object = await findRiskObject(ctx.db, enterprise, objectId);
  if (!object) throw notFound('Risk object');
  if (!registerAbilities(ctx.actor, enterprise).canEdit) throw forbidden('risk.edit');

  const engineInput = {
    exposedPopulation: input.exposedPopulation,
    substances: input.inventory.map((i) => ({
      code: i.substanceCode,
      quantityTonnes: i.quantityTonnes,
      hazardClasses: i.hazardClasses,
    })),
  };
  const result = withEngineFields(() => evaluateMajorSource(engineInput), inventoryField);

  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('riskMajorSourceInventories')
      .where('enterpriseId', '=', enterprise.id)
      .where('objectId', '=', objectId)
      .execute();
    await trx
      .insertInto('riskMajorSourceInventories')
      .values(input.inventory.map((i, line) => ({ enterpriseId: enterprise.id, objectId, line, ...i })))
      .execute();
    const evaluationId = randomUUID();
    await trx
      .insertInto('riskMajorSourceEvaluations')
      .values({
        enterpriseId: enterprise.id,
        id: evaluationId,
        objectId,
        inputs: JSON.stringify(engineInput),
        result: JSON.stringify(result),
        evaluatedBy: ctx.actor.userId,
      })
      .execute();
    // The registration code is the one issued at filing, never made up here: a source that newly
    // qualifies has none until it is entered, and readiness says it is missing. A source that stops
    // qualifying keeps its code, so a re-qualified source keeps its number.
    const majorSourceCode = object.majorSourceCode;
    await trx
      .updateTable('riskObjects')
      .set({
        isMajorSource: result.isMajorSource,
        majorSourceGrade: result.grade,
        majorSourceCode,
        exposedPopulation: input.exposedPopulation,
        updatedAt: new Date(),
      })
      .where('enterpriseId', '=', enterprise.id)
      .where('id', '=', objectId)
      .execute();
    await recordRisk(trx, ctx.audit, {
      enterpriseId: enterprise.id,
      action: 'risk.major-source-evaluated',
      entityType: 'riskObject',
      entityId: objectId,
      before: {
        isMajorSource: object.isMajorSource,
        grade: object.majorSourceGrade,
        majorSourceCode: object.majorSourceCode,
        exposedPopulation: object.exposedPopulation,
      },
      after: {
        evaluationId,
        isMajorSource: result.isMajorSource,
        grade: result.grade,
        majorSourceCode,
        exposedPopulation: input.exposedPopulation,
        s: result.s,
        r: result.r,
      },
    });
    await syncMajorHazardFlag(trx, ctx.audit, enterprise.id);
  });
}
