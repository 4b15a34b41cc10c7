import type { MajorSourceFactsUpdate } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { forbidden, notFound, validationFailed } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { registerAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { riskErrors } from '../../risk.errors.ts';
import { findRiskObject } from '../major-source.repository.ts';
import { presentMajorSourceFacts } from '../major-source.presenter.ts';

/**
 * Records a major source's facts as filed (备案): the registration code as issued, kind, hazardous
 * process, filing date and validity, last assessment year, in-service date, people within 500 m.
 * A fact left out is cleared (PUT). Only a major source has them.
 */
export async function updateMajorSourceFacts(
  ctx: CommandContext,
  enterpriseId: string,
  objectId: string,
  input: MajorSourceFactsUpdate,
  today: Date = new Date(),
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const object = await findRiskObject(ctx.db, enterprise, objectId);
  if (!object) throw notFound('Risk object');
  if (!registerAbilities(ctx.actor, enterprise).canEdit) throw forbidden('risk.edit');
  if (!object.isMajorSource) throw riskErrors.notMajorSource();

  const next = {
    majorSourceCode: input.registrationCode ?? null,
    majorSourceKind: input.kind ?? null,
    involvesHazardousProcess: input.involvesHazardousProcess ?? null,
    filingDate: input.filingDate ?? null,
    filingValidUntil: input.filingValidUntil ?? null,
    lastAssessmentYear: input.lastAssessmentYear ?? null,
    inServiceDate: input.inServiceDate ?? null,
    exposedPopulation: input.exposedPopulation ?? null,
  };
  if (next.filingDate && next.filingValidUntil && next.filingValidUntil < next.filingDate)
    throw validationFailed('body.filingValidUntil', 'the filing cannot end before it was made');
  if (next.lastAssessmentYear !== null && next.lastAssessmentYear > today.getFullYear())
    throw validationFailed('body.lastAssessmentYear', 'an assessment year cannot be in the future');

  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('riskObjects')
      .set({ ...next, updatedAt: new Date() })
      .where('enterpriseId', '=', enterprise.id)
      .where('id', '=', objectId)
      .execute();
    await recordRisk(trx, ctx.audit, {
      enterpriseId: enterprise.id,
      action: 'risk.major-source-facts-updated',
      entityType: 'riskObject',
      entityId: objectId,
      before: presentMajorSourceFacts(object),
      after: presentMajorSourceFacts({ ...object, ...next }),
      facts: { objectId, registrationCode: next.majorSourceCode },
    });
  });
}
