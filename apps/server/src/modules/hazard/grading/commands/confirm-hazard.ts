import { randomUUID } from 'node:crypto';
import { majorHazardCriterionKeys, type ConfirmHazardBody } from '@shuangkong/contracts';
import { forbidden, notFound } from '../../../../kernel/index.ts';
import { confirmOwnPassword } from '../../../identity/index.ts';
import { raiseUnitLevel } from '../../../risk/index.ts';
import type { CommandContext } from '../../hazard.database.ts';
import { hazardErrors } from '../../hazard.errors.ts';
import { recordHazard } from '../../hazard-record.ts';
import { mayAct } from '../../hazard.policy.ts';
import { HazardScope } from '../../hazard-scope.ts';
import { decideHazardTransition } from '../../hazard.state.ts';
import { evidenceLevelFor } from '../../evidence/unit-level.ts';
import { signatureHash } from '../../signatures/hazard-signature.ts';

/**
 * 评估/定级, signed: the manager grades a reported hazard and signs with the password. Choosing a
 * major-hazard criterion makes it major. An open hazard on a unit raises the unit's current level
 * (risk evidence 'hazard.open'); the event carries the measure, whose failure risk has no field for.
 */
export async function confirmHazard(
  ctx: CommandContext,
  enterpriseId: string,
  hazardId: string,
  body: ConfirmHazardBody,
): Promise<{ id: string; state: 'confirmed' }> {
  const scope = await HazardScope.load(ctx.db, ctx.actor, enterpriseId);
  const criterion = body.majorCriterionKey ?? null;
  if (criterion !== null && !majorHazardCriterionKeys.has(criterion)) throw hazardErrors.unknownCriterion();
  const grade = criterion !== null ? 'major' : body.grade;
  await ctx.db.transaction().execute(async (trx) => {
    let q = trx
      .selectFrom('hazards')
      .selectAll()
      .where('enterpriseId', '=', scope.id)
      .where('id', '=', hazardId);
    if (scope.majorOnly) q = q.where('grade', '=', 'major');
    const h = await q.forUpdate().executeTakeFirst();
    if (!h) throw notFound('Hazard');
    const facts = {
      actorId: ctx.actor.userId,
      actorIsSafetyManager: ctx.actor.roles.includes('safetyManager'),
      reporterId: h.registrantId,
      rectifiedBy: h.rectifiedBy,
      grade: h.grade,
      rectificationType: h.rectificationType,
      planSubmitted: false,
      extensionPending: false,
      hasReason: true,
      ownerUserId: h.ownerUserId,
    };
    if (!mayAct(ctx.actor, scope, 'confirm', facts)) throw forbidden('hazard.manage');
    const decision = decideHazardTransition(h.state, 'confirm', facts);
    if (!decision.ok) throw hazardErrors.refused(decision.code, h.state, 'confirm');
    if (!(await confirmOwnPassword(trx, ctx.actor.userId, body.password)))
      throw hazardErrors.passwordMismatch();
    const changes = {
      state: 'confirmed' as const,
      grade,
      majorCriterionKey: criterion,
      hazardType: body.hazardType,
      managementClassification: body.managementClassification,
      occurrenceLink: body.occurrenceLink,
      // A major hazard needs shutdown and a plan: never fixed on the spot.
      rectificationType: grade === 'major' ? ('deadline' as const) : body.rectificationType,
      ...(body.name !== undefined ? { name: body.name } : {}),
    };
    await trx
      .updateTable('hazards')
      .set({ ...changes, version: h.version + 1, updatedAt: new Date() })
      .where('enterpriseId', '=', scope.id)
      .where('id', '=', h.id)
      .execute();
    const signedAt = new Date().toISOString();
    const signed = {
      kind: 'confirm' as const,
      hazardId: h.id,
      signerId: ctx.actor.userId,
      signedAt,
      content: changes,
    };
    const sha = signatureHash(signed);
    await trx
      .insertInto('hazardSignatures')
      .values({
        enterpriseId: scope.id,
        id: randomUUID(),
        hazardId: h.id,
        kind: 'confirm',
        signerId: ctx.actor.userId,
        signerName: ctx.actor.name,
        signedAt,
        content: JSON.stringify(changes),
        contentSha256: sha,
      })
      .execute();
    await trx
      .insertInto('hazardSteps')
      .values({
        enterpriseId: scope.id,
        id: randomUUID(),
        hazardId: h.id,
        action: 'confirm',
        fromState: h.state,
        toState: 'confirmed',
        actorId: ctx.actor.userId,
        actorName: ctx.actor.name,
        note: null,
      })
      .execute();
    if (h.unitId) {
      const unit = await trx
        .selectFrom('riskUnits')
        .select(['residualLevel', 'archivedAt'])
        .where('enterpriseId', '=', scope.id)
        .where('id', '=', h.unitId)
        .executeTakeFirst();
      if (unit && unit.archivedAt === null) {
        await raiseUnitLevel(
          trx,
          { audit: ctx.audit },
          {
            enterpriseId: scope.id,
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
    await recordHazard(trx, ctx.audit, {
      action: 'hazard.confirmed',
      entityType: 'hazard',
      entityId: h.id,
      enterpriseId: scope.id,
      before: { state: h.state },
      after: { ...changes, signatureSha256: sha },
      facts: { unitId: h.unitId, measureId: h.measureId, grade },
    });
  });
  return { id: hazardId, state: 'confirmed' };
}
