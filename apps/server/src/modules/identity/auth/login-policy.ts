/** The numbers of password login protection; see docs/SECURITY.md. */
export const LOGIN_POLICY = {
  /** Failed attempts on one account before it locks. */
  maxFailuresPerAccount: 5,
  /** The first lock; each further lock in a row doubles it, up to the maximum. */
  baseLockMinutes: 15,
  maxLockMinutes: 24 * 60,
  /** Failed attempts on one account from one address inside the window before that pair is refused. */
  maxFailuresPerPair: 10,
  /** Failed attempts from one address inside the window before its wrong passwords are answered 429. */
  maxFailuresPerAddress: 30,
  windowMinutes: 15,
} as const;

export type AccountLockState = { failures: number; lockCount: number; lockedUntil: Date | null };

/** How long the n-th lock in a row lasts (n counted from 0). */
export function lockMinutes(lockCount: number): number {
  return Math.min(LOGIN_POLICY.baseLockMinutes * 2 ** Math.min(lockCount, 16), LOGIN_POLICY.maxLockMinutes);
}

/** An account's state after one more wrong password. */
export function afterFailedLogin(state: AccountLockState, now: Date): AccountLockState {
  const failures = state.failures + 1;
  if (failures < LOGIN_POLICY.maxFailuresPerAccount) return { ...state, failures, lockedUntil: null };
  return {
    failures: 0,
    lockCount: state.lockCount + 1,
    lockedUntil: new Date(now.getTime() + lockMinutes(state.lockCount) * 60_000),
  };
}

/** Whether a throttle window (started at `windowStart`) is still open and over its limit. */
export function isThrottled(
  row: { windowStart: Date; failures: number } | undefined,
  limit: number,
  now: Date,
): boolean {
  return (
    !!row &&
    now.getTime() - row.windowStart.getTime() < LOGIN_POLICY.windowMinutes * 60_000 &&
    row.failures >= limit
  );
}
