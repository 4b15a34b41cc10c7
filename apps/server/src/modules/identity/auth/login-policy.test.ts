import { describe, expect, it } from 'vitest';
import { afterFailedLogin, isThrottled, LOGIN_POLICY, lockMinutes } from './login-policy.ts';

const now = new Date('2026-12-02T08:00:00Z');

describe('login policy', () => {
  it('locks on the fifth wrong password, not before', () => {
    let state = { failures: 0, lockCount: 0, lockedUntil: null as Date | null };
    for (let i = 1; i < LOGIN_POLICY.maxFailuresPerAccount; i += 1) {
      state = afterFailedLogin(state, now);
      expect(state).toEqual({ failures: i, lockCount: 0, lockedUntil: null });
    }
    state = afterFailedLogin(state, now);
    expect(state).toEqual({ failures: 0, lockCount: 1, lockedUntil: new Date('2026-12-02T08:15:00Z') });
  });

  it('doubles each lock in a row up to a day', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 40].map(lockMinutes)).toEqual([
      15, 30, 60, 120, 240, 480, 960, 1440, 1440,
    ]);
    const second = afterFailedLogin({ failures: 4, lockCount: 1, lockedUntil: null }, now);
    expect(second.lockedUntil).toEqual(new Date('2026-12-02T08:30:00Z'));
  });

  it('throttles only inside the window and at the limit', () => {
    expect(isThrottled(undefined, 3, now)).toBe(false);
    expect(isThrottled({ windowStart: now, failures: 2 }, 3, now)).toBe(false);
    expect(isThrottled({ windowStart: now, failures: 3 }, 3, now)).toBe(true);
    const old = new Date(now.getTime() - LOGIN_POLICY.windowMinutes * 60_000);
    expect(isThrottled({ windowStart: old, failures: 99 }, 3, now)).toBe(false);
  });
});
