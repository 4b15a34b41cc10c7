import { randomUUID } from 'node:crypto';
import type { EnterpriseRegistration } from '@shuangkong/contracts';
import type { Db } from '../../identity.database.ts';
import { type AuditContext } from '../../../../platform/audit/index.ts';
import { recordIdentity } from '../../identity-record.ts';
import { sendInApp } from '../../../../platform/notify/index.ts';
import { hashPassword } from '../../auth/password.ts';
import { identityErrors } from '../../identity.errors.ts';
import { assertIndustriesExist, resolveJurisdictionPath } from '../enterprise-input.ts';
import { unsafeFindEnterpriseIdByCreditCode } from '../enterprise.repository.ts';
import { isWithinRemit } from '../remit.ts';
import { insertEnterprise } from './register-enterprise.ts';

/**
 * An enterprise registers itself. It stays pending, and its first account stays disabled, until a
 * regulator whose remit covers it approves; those regulators' users are told in their inbox.
 */
export async function submitRegistration(
  db: Db,
  audit: AuditContext,
  input: EnterpriseRegistration,
): Promise<string> {
  const jurisdictionPath = await resolveJurisdictionPath(db, input.jurisdictionCode);
  await assertIndustriesExist(db, input.industryCodes);
  if (await unsafeFindEnterpriseIdByCreditCode(db, input.creditCode)) {
    throw identityErrors.creditCodeTaken();
  }
  const taken = await db
    .selectFrom('users')
    .select(['username', 'phone'])
    .where((eb) =>
      eb.or([eb('username', '=', input.account.username), eb('phone', '=', input.account.phone)]),
    )
    .executeTakeFirst();
  if (taken?.username === input.account.username) throw identityErrors.usernameTaken('body.account.username');
  if (taken) throw identityErrors.phoneTaken('body.account.phone');

  const passwordHash = await hashPassword(input.account.password);
  const reviewers = await reviewersFor(db, jurisdictionPath, input.industryCodes);
  return db.transaction().execute(async (trx) => {
    const id = await insertEnterprise(trx, input, jurisdictionPath, 'pending');
    const userId = randomUUID();
    await trx
      .insertInto('users')
      .values({
        id: userId,
        username: input.account.username,
        phone: input.account.phone,
        name: input.account.name,
        passwordHash,
        status: 'disabled',
        enterpriseId: id,
        regulatorId: null,
        orgUnitId: null,
      })
      .execute();
    // The registering person runs the enterprise's safety work until they invite others.
    await trx.insertInto('userRoles').values({ userId, role: 'safetyManager' }).execute();
    const { account, ...enterprise } = input;
    await recordIdentity(trx, audit, {
      enterpriseId: id,
      action: 'enterprise.registration-submitted',
      entityType: 'enterprise',
      entityId: id,
      after: { ...enterprise, account: { username: account.username, name: account.name } },
    });
    await sendInApp(trx, reviewers, {
      kind: 'enterprise.registration-submitted',
      title: `企业注册待审核：${input.name}`,
      body: `${input.name}（${input.creditCode}）提交了注册申请，请审核。`,
      link: `/enterprises/${id}`,
      params: { name: input.name, creditCode: input.creditCode },
    });
    return id;
  });
}

/** Users of regulators whose remit covers the place and industries, and who may review. */
async function reviewersFor(db: Db, path: string, industryCodes: readonly string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('regulatorRemits as r')
    .innerJoin('jurisdictions as j', 'j.code', 'r.jurisdictionCode')
    .innerJoin('users as u', 'u.regulatorId', 'r.regulatorId')
    .innerJoin('userRoles as ur', 'ur.userId', 'u.id')
    .select(['u.id', 'j.path as jurisdictionPath', 'r.industryCode'])
    .where('ur.role', 'in', ['regulatorAdmin', 'inspector'])
    .where('u.status', '=', 'active')
    .execute();
  return [...new Set(rows.filter((r) => isWithinRemit([r], path, industryCodes)).map((r) => r.id))];
}
