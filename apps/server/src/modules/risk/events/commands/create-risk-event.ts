import { randomUUID } from 'node:crypto';
import { completeAccidentTypes, type RiskEventInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { validationFailed } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { beginUnitEdit } from '../../units/unit-edit.ts';
import { isStepOfUnit, replaceFactors, setAccidentTypes } from '../events.repository.ts';

/** Identifies a risk event at a unit: factors, accident types (both GB 6441 editions), state, tense. */
export async function createRiskEvent(
  ctx: CommandContext,
  enterpriseId: string,
  unitId: string,
  input: RiskEventInput,
): Promise<string> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await beginUnitEdit(trx, ctx, enterprise, unitId);
    if (input.stepId && !(await isStepOfUnit(trx, enterprise, unitId, input.stepId))) {
      throw validationFailed('body.stepId', 'not a step of this unit');
    }
    const types = completeAccidentTypes(input.accidentTypes1986 ?? [], input.accidentTypes2025 ?? []);
    await trx
      .insertInto('riskEvents')
      .values({
        enterpriseId,
        id,
        unitId,
        stepId: input.stepId ?? null,
        name: input.name,
        description: input.description ?? '',
        state: input.state ?? 'normal',
        tense: input.tense ?? 'present',
        consequences: input.consequences ?? '',
        inherentLevel: null,
        residualLevel: null,
        inherentAssessmentId: null,
        residualAssessmentId: null,
        sort: input.sort ?? 0,
      })
      .execute();
    await setAccidentTypes(trx, enterprise, id, types);
    await replaceFactors(trx, enterprise, id, input.factors ?? []);
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.event-created',
      entityType: 'riskEvent',
      entityId: id,
      after: { ...input, ...types, unitId },
    });
  });
  return id;
}
