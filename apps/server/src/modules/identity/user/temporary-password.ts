import { randomInt } from 'node:crypto';
import { changePasswordRequest } from '@shuangkong/contracts';

// No 0/O, 1/l/I: the password is read aloud or copied from a screen by the new user.
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const DIGITS = '23456789';
const ALL = UPPER + LOWER + DIGITS;
const LENGTH = 12;

const pick = (chars: string): string => chars.charAt(randomInt(chars.length));

/**
 * A random 12-character password that satisfies the password rule users must follow (a letter
 * and a digit, at least 8 long) and also has both cases. It is shown once; the user must change it.
 */
export function temporaryPassword(): string {
  const chars = Array.from({ length: LENGTH - 3 }, () => pick(ALL));
  // Each required class goes in at a random place, so they are not always in front.
  for (const set of [UPPER, LOWER, DIGITS]) chars.splice(randomInt(chars.length + 1), 0, pick(set));
  const password = chars.join('');
  // Should the shared rule ever ask for more (a symbol…), fail loudly rather than hand out a
  // password the user could not have chosen.
  if (!changePasswordRequest.shape.newPassword.safeParse(password).success) {
    throw new Error('temporaryPassword no longer meets the password rule');
  }
  return password;
}
