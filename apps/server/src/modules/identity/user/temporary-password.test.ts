import { changePasswordRequest } from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import { temporaryPassword } from './temporary-password.ts';

describe('temporaryPassword', () => {
  it('is 12 characters, meets the password rule, has both cases, and differs each time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = temporaryPassword();
      expect(p).toHaveLength(12);
      expect(changePasswordRequest.shape.newPassword.safeParse(p).success).toBe(true);
      expect(p).toMatch(/[A-Z]/);
      expect(p).toMatch(/[a-z]/);
      expect(p).toMatch(/\d/);
      expect(p).not.toMatch(/[0O1lI]/);
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});
