import { majorHazardCriterionKeys, type ConfirmHazardBody, type HazardState } from '@shuangkong/contracts';
import { raiseUnitLevel } from '../../../risk/index.ts';
import type { CommandContext } from '../../hazard.database.ts';
import { hazardErrors } from '../../hazard.errors.ts';
import { evidenceLevelFor } from '../../evidence/unit-level.ts';
import { runTransition } from '../../lifecycle/run-transition.ts';

/**
 * 评估/定级, signed: the manager grades a reported hazard and signs with the password. Choosing a
 * major-hazard criterion makes it major. An open hazard on a unit raises the unit's current level
 * (risk evidence 'hazard.open'); the event carries the measure, which risk flags as failed.
 */
export async function confirmHazard(
  ctx: CommandContext,
  enterpriseId: string,
  hazardId: string,
  body: ConfirmHazardBody,
): Promise<{ id: string; state: HazardState }> {
  const criterion = body.majorCriterionKey ?? null;
  if (criterion !== null && !majorHazardCriterionKeys.has(criterion)) throw hazardErrors.unknownCriterion();
  const grade = criterion !== null ? 'major' : body.grade;
  return runTransition(ctx, enterpriseId, hazardId, {
    action: 'confirm',
    event: 'hazard.confirmed',
    signature: { kind: 'confirm', password: body.password },
    apply: async (trx, h) => {
      const changes = {
        grade,
        majorCriterionKey: criterion,
        hazardType: body.hazardType,
        managementClassification: body.managementClassification,
        occurrenceLink: body.occurrenceLink,
        // A major hazard needs shutdown and a plan: never fixed on the spot.
        rectificationType: grade === 'major' ? ('deadline' as const) : body.rectificationType,
        ...(body.name !== undefined ? { name: body.name } : {}),
      };
      if (h.unitId) {
        const unit = await trx
          .selectFrom('riskUnits')
          .select(['residualLevel', 'archivedAt'])
          .where('enterpriseId', '=', h.enterpriseId)
          .where('id', '=', h.unitId)
          .executeTakeFirst();
        if (unit && unit.archivedAt === null) {
          await raiseUnitLevel(
            trx,
            { audit: ctx.audit },
            {
              enterpriseId: h.enterpriseId,
              unitId: h.unitId,
              level: evidenceLevelFor(grade, unit.residualLevel),
              source: 'hazard.open',
              reason: h.name,
              refType: 'hazard',
              refId: h.id,
            },
          );
        }
      }
      return { changes, facts: { unitId: h.unitId, measureId: h.measureId, grade } };
    },
  });
}
