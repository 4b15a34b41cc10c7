import { randomUUID } from 'node:crypto';
import type { UserInvite } from '@shuangkong/contracts';
import type { CommandContext } from '../../identity.database.ts';
import { recordIdentity } from '../../identity-record.ts';
import { hashPassword } from '../../auth/password.ts';
import { findEnterpriseForActor } from '../../enterprise/enterprise.repository.ts';
import { identityErrors } from '../../identity.errors.ts';
import { temporaryPassword } from '../temporary-password.ts';
import { uniqueViolationToConflict, userErrors } from '../user.errors.ts';
import { resolveInviteTarget } from '../user.policy.ts';
import { orgUnitExists, unsafeFindUserHolding } from '../user.repository.ts';

/**
 * Creates an account with a one-time password the inviter hands over; the user must change it at
 * first login. Who may be created where is decided by resolveInviteTarget.
 */
export async function inviteUser(
  ctx: CommandContext,
  input: UserInvite,
): Promise<{ id: string; temporaryPassword: string }> {
  const { enterpriseId, regulatorId } = resolveInviteTarget(ctx.actor, input.roles, input);
  if (enterpriseId && !(await findEnterpriseForActor(ctx.db, ctx.actor, enterpriseId))) {
    throw userErrors.unknown('body.enterpriseId');
  }
  if (regulatorId) {
    const regulator = await ctx.db
      .selectFrom('regulators')
      .select('id')
      .where('id', '=', regulatorId)
      .executeTakeFirst();
    if (!regulator) throw userErrors.unknown('body.regulatorId');
  }
  const orgUnitId = input.orgUnitId ?? null;
  if (enterpriseId && orgUnitId && !(await orgUnitExists(ctx.db, enterpriseId, orgUnitId))) {
    throw userErrors.unknown('body.orgUnitId');
  }
  const taken = await unsafeFindUserHolding(ctx.db, { username: input.username, phone: input.phone });
  if (taken?.username === input.username) throw identityErrors.usernameTaken();
  if (taken) throw identityErrors.phoneTaken();

  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const id = randomUUID();
  const roles = [...new Set(input.roles)];
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('users')
        .values({
          id,
          username: input.username,
          phone: input.phone,
          name: input.name,
          passwordHash,
          status: 'active',
          enterpriseId,
          regulatorId,
          orgUnitId,
          mustChangePassword: true,
        })
        .execute();
      await trx
        .insertInto('userRoles')
        .values(roles.map((role) => ({ userId: id, role })))
        .execute();
      await recordIdentity(trx, ctx.audit, {
        enterpriseId,
        action: 'user.invited',
        entityType: 'user',
        entityId: id,
        after: {
          username: input.username,
          name: input.name,
          phone: input.phone,
          roles,
          enterpriseId,
          regulatorId,
          orgUnitId,
        },
      });
    });
  } catch (error) {
    throw uniqueViolationToConflict(error);
  }
  return { id, temporaryPassword: password };
}
