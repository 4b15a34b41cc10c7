import { randomUUID } from 'node:crypto';
import type { EnterpriseInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../identity.database.ts';
import type { Trx } from '../../identity.database.ts';
import { recordIdentity } from '../../identity-record.ts';
import { identityErrors } from '../../identity.errors.ts';
import { assertIndustriesExist, resolveJurisdictionPath } from '../enterprise-input.ts';
import { authorize, canRegisterEnterprise } from '../enterprise.policy.ts';
import { unsafeFindEnterpriseIdByCreditCode } from '../enterprise.repository.ts';
import { isWithinRemit } from '../remit.ts';

/** Inserts the enterprise row and its industries; shared by registration and self-registration. */
export async function insertEnterprise(
  trx: Trx,
  input: EnterpriseInput,
  jurisdictionPath: string,
  status: 'pending' | 'approved',
): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto('enterprises')
    .values({
      id,
      name: input.name,
      creditCode: input.creditCode,
      address: input.address,
      jurisdictionCode: input.jurisdictionCode,
      jurisdictionPath,
      scale: input.scale,
      isHighRisk: input.isHighRisk,
      principalName: input.principal.name,
      principalPhone: input.principal.phone,
      contactName: input.contact.name,
      contactPhone: input.contact.phone,
      lat: input.location?.lat ?? null,
      lng: input.location?.lng ?? null,
      employeeCount: input.employeeCount,
      safeSinceDate: input.safeSinceDate,
      status,
    })
    .execute();
  await trx
    .insertInto('enterpriseIndustries')
    .values([...new Set(input.industryCodes)].map((industryCode) => ({ enterpriseId: id, industryCode })))
    .execute();
  return id;
}

/** A regulator (inside its remit) or an administrator registers an enterprise, approved at once. */
export async function registerEnterprise(ctx: CommandContext, input: EnterpriseInput): Promise<string> {
  authorize(canRegisterEnterprise(ctx.actor), 'enterprise.register');
  const jurisdictionPath = await resolveJurisdictionPath(ctx.db, input.jurisdictionCode);
  await assertIndustriesExist(ctx.db, input.industryCodes);
  const scope = ctx.actor.scope;
  if (scope.kind === 'regulator' && !isWithinRemit(scope.remits, jurisdictionPath, input.industryCodes)) {
    throw identityErrors.outsideRemit();
  }
  if (await unsafeFindEnterpriseIdByCreditCode(ctx.db, input.creditCode)) {
    throw identityErrors.creditCodeTaken();
  }
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertEnterprise(trx, input, jurisdictionPath, 'approved');
    await recordIdentity(trx, ctx.audit, {
      enterpriseId: id,
      action: 'enterprise.registered',
      entityType: 'enterprise',
      entityId: id,
      after: { ...input, byRegulatorId: ctx.actor.regulatorId },
    });
    return id;
  });
}
