import { randomBytes } from 'node:crypto';
import type { Db } from '../../identity.database.ts';
import { type AuditContext } from '../../../../platform/audit/index.ts';
import { recordIdentity } from '../../identity-record.ts';
import { identityErrors } from '../../identity.errors.ts';
import { afterFailedLogin, isThrottled, LOGIN_POLICY, type AccountLockState } from '../login-policy.ts';
import { hashPassword, verifyPassword } from '../password.ts';
import { newToken, tokenHash } from '../tokens.ts';

export type LoginOptions = {
  login: string;
  password: string;
  ip: string;
  userAgent: string | null;
  sessionTtlHours: number;
  audit: AuditContext;
};

export type LoginResult = {
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  user: {
    id: string;
    username: string;
    name: string;
    enterpriseId: string | null;
    regulatorId: string | null;
    orgUnitId: string | null;
  };
};

/**
 * Checks a password login and opens a session. Wrong passwords lock the account (with backoff) and
 * throttle the (address, account) pair; an address over its own limit gets 429 for wrong passwords
 * while a correct password still passes, so one office behind a NAT is never locked out by a
 * neighbour. A login that names no account costs the same argon2 work and gets the same answers.
 */
export async function login(db: Db, options: LoginOptions): Promise<LoginResult> {
  const now = new Date();
  const loginKey = options.login.trim().toLowerCase();
  const addressKey = `addr:${options.ip}`;
  const pairKey = `pair:${options.ip}|${loginKey}`;
  const throttles = await db
    .selectFrom('loginThrottle')
    .selectAll()
    .where('key', 'in', [addressKey, pairKey, `ghost:${loginKey}`])
    .execute();
  const throttleOf = (key: string) => throttles.find((t) => t.key === key);
  const pair = throttleOf(pairKey);
  if (pair && isThrottled(pair, LOGIN_POLICY.maxFailuresPerPair, now)) {
    throw identityErrors.tooManyAttempts(windowEnd(pair.windowStart));
  }

  const user = await db
    .selectFrom('users')
    .select([
      'id',
      'username',
      'name',
      'passwordHash',
      'status',
      'lockedUntil',
      'failedLogins',
      'lockCount',
      'enterpriseId',
      'regulatorId',
      'orgUnitId',
    ])
    .where((eb) => eb.or([eb('username', '=', loginKey), eb('phone', '=', options.login.trim())]))
    .executeTakeFirst();
  const ghost = throttleOf(`ghost:${loginKey}`);
  const account: AccountLockState = user
    ? { failures: user.failedLogins, lockCount: user.lockCount, lockedUntil: user.lockedUntil }
    : {
        failures: ghost?.failures ?? 0,
        lockCount: ghost?.lockCount ?? 0,
        lockedUntil: ghost?.lockedUntil ?? null,
      };
  if (account.lockedUntil && account.lockedUntil > now)
    throw identityErrors.accountLocked(account.lockedUntil);

  // The same argon2 work whether or not the account exists: timing tells nothing.
  const isValid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), options.password);
  if (!user || !isValid) {
    const next = afterFailedLogin(account, now);
    await db.transaction().execute(async (trx) => {
      await recordFailure(trx, addressKey, now);
      await recordFailure(trx, pairKey, now);
      if (user) {
        await trx
          .updateTable('users')
          .set({ failedLogins: next.failures, lockCount: next.lockCount, lockedUntil: next.lockedUntil })
          .where('id', '=', user.id)
          .execute();
      } else {
        await trx
          .insertInto('loginThrottle')
          .values({ key: `ghost:${loginKey}`, windowStart: now, ...next })
          .onConflict((oc) =>
            oc.column('key').doUpdateSet({
              failures: next.failures,
              lockCount: next.lockCount,
              lockedUntil: next.lockedUntil,
            }),
          )
          .execute();
      }
    });
    const address = throttleOf(addressKey);
    if (address && isThrottled(address, LOGIN_POLICY.maxFailuresPerAddress, now)) {
      throw identityErrors.tooManyAttempts(windowEnd(address.windowStart));
    }
    throw identityErrors.invalidCredentials();
  }
  if (user.status !== 'active') throw identityErrors.accountDisabled();

  const sessionToken = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + options.sessionTtlHours * 3600_000);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sessions')
      .values({
        tokenHash: tokenHash(sessionToken),
        userId: user.id,
        csrfToken,
        ip: options.ip,
        userAgent: options.userAgent,
        expiresAt,
      })
      .execute();
    await trx
      .updateTable('users')
      .set({ failedLogins: 0, lockCount: 0, lockedUntil: null, lastLoginAt: new Date() })
      .where('id', '=', user.id)
      .execute();
    await trx.deleteFrom('loginThrottle').where('key', '=', pairKey).execute();
    await recordIdentity(
      trx,
      { ...options.audit, actorId: user.id, actorName: user.name },
      {
        enterpriseId: user.enterpriseId,
        action: 'user.logged-in',
        entityType: 'user',
        entityId: user.id,
        after: { ip: options.ip, userAgent: options.userAgent },
      },
    );
  });
  const { id, username, name, enterpriseId, regulatorId, orgUnitId } = user;
  return {
    sessionToken,
    csrfToken,
    expiresAt,
    user: { id, username, name, enterpriseId, regulatorId, orgUnitId },
  };
}

function windowEnd(windowStart: Date): Date {
  return new Date(windowStart.getTime() + LOGIN_POLICY.windowMinutes * 60_000);
}

let dummy: Promise<string> | undefined;
/** A hash of a random password with the real parameters, verified when the login names no account. */
function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}

async function recordFailure(db: Db, key: string, now: Date): Promise<void> {
  const windowStartFloor = new Date(now.getTime() - LOGIN_POLICY.windowMinutes * 60_000);
  await db
    .insertInto('loginThrottle')
    .values({ key, windowStart: now, failures: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        failures: eb
          .case()
          .when('loginThrottle.windowStart', '<', windowStartFloor)
          .then(1)
          .else(eb('loginThrottle.failures', '+', 1))
          .end(),
        windowStart: eb
          .case()
          .when('loginThrottle.windowStart', '<', windowStartFloor)
          .then(now)
          .else(eb.ref('loginThrottle.windowStart'))
          .end(),
      })),
    )
    .execute();
}
