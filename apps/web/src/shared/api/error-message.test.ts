import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { errorMessage } from './error-message.ts';

describe('errorMessage', () => {
  it('names the end of an account lock in the app time zone', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'zh-CN',
      resources: {
        'zh-CN': { errors: { codes: { AUTH_ACCOUNT_LOCKED: '请于 {{until}} 后再试' } } },
      },
    });
    const error = new ApiError({
      status: 423,
      code: 'AUTH_ACCOUNT_LOCKED',
      message: 'locked',
      details: { lockedUntil: '2026-12-02T07:15:00.000Z' },
    });
    expect(errorMessage(i18n.t, error)).toBe('请于 2026-12-02 15:15 后再试');
  });
});
