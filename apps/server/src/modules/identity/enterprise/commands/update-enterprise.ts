import type { EnterpriseUpdate } from '@shuangkong/contracts';
import type { CommandContext } from '../../identity.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordIdentity } from '../../identity-record.ts';
import { assertIndustriesExist, resolveJurisdictionPath } from '../enterprise-input.ts';
import { authorize, enterpriseAbilities } from '../enterprise.policy.ts';
import { findEnterpriseForActor } from '../enterprise.repository.ts';
import { presentEnterprise } from '../enterprise.presenter.ts';

/** The enterprise (or an administrator) corrects its profile; the audit keeps before and after. */
export async function updateEnterprise(
  ctx: CommandContext,
  enterpriseId: string,
  patch: EnterpriseUpdate,
): Promise<void> {
  const current = await findEnterpriseForActor(ctx.db, ctx.actor, enterpriseId);
  if (!current) throw notFound('Enterprise');
  authorize(enterpriseAbilities(ctx.actor, current).canUpdate, 'enterprise.update');
  const jurisdictionPath = patch.jurisdictionCode
    ? await resolveJurisdictionPath(ctx.db, patch.jurisdictionCode)
    : undefined;
  if (patch.industryCodes) await assertIndustriesExist(ctx.db, patch.industryCodes);

  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('enterprises')
      .set({
        name: patch.name,
        address: patch.address,
        jurisdictionCode: patch.jurisdictionCode,
        jurisdictionPath,
        scale: patch.scale,
        isHighRisk: patch.isHighRisk,
        principalName: patch.principal?.name,
        principalPhone: patch.principal?.phone,
        contactName: patch.contact?.name,
        contactPhone: patch.contact?.phone,
        lat: patch.location === undefined ? undefined : (patch.location?.lat ?? null),
        lng: patch.location === undefined ? undefined : (patch.location?.lng ?? null),
        employeeCount: patch.employeeCount,
        safeSinceDate: patch.safeSinceDate,
        hazardousChemicalCode: patch.hazardousChemicalCode,
        legalRepresentative: patch.legalRepresentative,
        safetyLeadName: patch.safetyLead === undefined ? undefined : (patch.safetyLead?.name ?? null),
        safetyLeadPhone: patch.safetyLead === undefined ? undefined : (patch.safetyLead?.phone ?? null),
        dutyPhone: patch.dutyPhone,
        industrialPark: patch.industrialPark,
        operatingStatus: patch.operatingStatus,
        standardisationGrade: patch.standardisationGrade,
        keyProcesses: patch.keyProcesses,
        keyChemicals: patch.keyChemicals,
        updatedAt: new Date(),
      })
      .where('id', '=', enterpriseId)
      .execute();
    if (patch.industryCodes) {
      await trx.deleteFrom('enterpriseIndustries').where('enterpriseId', '=', enterpriseId).execute();
      await trx
        .insertInto('enterpriseIndustries')
        .values([...new Set(patch.industryCodes)].map((industryCode) => ({ enterpriseId, industryCode })))
        .execute();
    }
    const before = presentEnterprise(current);
    const changed = Object.keys(patch).filter((k) => patch[k as keyof EnterpriseUpdate] !== undefined);
    await recordIdentity(trx, ctx.audit, {
      enterpriseId,
      action: 'enterprise.updated',
      entityType: 'enterprise',
      entityId: enterpriseId,
      before: Object.fromEntries(changed.map((k) => [k, before[k as keyof typeof before]])),
      after: Object.fromEntries(changed.map((k) => [k, patch[k as keyof EnterpriseUpdate]])),
    });
  });
}
