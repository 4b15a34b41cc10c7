import type { Db } from '../../../../app/db-schema.ts';
import { appendAuditEvent, type AuditContext } from '../../../../platform/audit/index.ts';
import { identityErrors } from '../../identity.errors.ts';
import { verifyPassword } from '../password.ts';
import { newToken, tokenHash } from '../tokens.ts';

export const LOGIN_POLICY = {
  /** Failed attempts on one account before it locks. */
  maxFailuresPerUser: 5,
  lockMinutes: 15,
  /** Failed attempts from one address inside the window before it is refused. */
  maxFailuresPerAddress: 30,
  addressWindowMinutes: 15,
} as const;

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

/** Checks a password login with per-address throttling and per-account lockout; opens a session. */
export async function login(db: Db, options: LoginOptions): Promise<LoginResult> {
  const throttleKey = `addr:${options.ip}`;
  const throttle = await db
    .selectFrom('loginThrottle')
    .selectAll()
    .where('key', '=', throttleKey)
    .executeTakeFirst();
  const windowMs = LOGIN_POLICY.addressWindowMinutes * 60_000;
  if (
    throttle &&
    Date.now() - throttle.windowStart.getTime() < windowMs &&
    throttle.failures >= LOGIN_POLICY.maxFailuresPerAddress
  ) {
    throw identityErrors.tooManyAttempts();
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
      'enterpriseId',
      'regulatorId',
      'orgUnitId',
    ])
    .where((eb) => eb.or([eb('username', '=', options.login.toLowerCase()), eb('phone', '=', options.login)]))
    .executeTakeFirst();

  if (user?.lockedUntil && user.lockedUntil > new Date()) {
    throw identityErrors.accountLocked(user.lockedUntil);
  }
  const isValid = user ? await verifyPassword(user.passwordHash, options.password) : false;
  if (!user || !isValid) {
    await recordFailure(db, throttleKey, windowMs);
    if (user) {
      const failures = user.failedLogins + 1;
      const lock = failures >= LOGIN_POLICY.maxFailuresPerUser;
      await db
        .updateTable('users')
        .set({
          failedLogins: lock ? 0 : failures,
          lockedUntil: lock ? new Date(Date.now() + LOGIN_POLICY.lockMinutes * 60_000) : null,
        })
        .where('id', '=', user.id)
        .execute();
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
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() })
      .where('id', '=', user.id)
      .execute();
    await appendAuditEvent(
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

async function recordFailure(db: Db, key: string, windowMs: number): Promise<void> {
  const now = new Date();
  const windowStartFloor = new Date(now.getTime() - windowMs);
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
