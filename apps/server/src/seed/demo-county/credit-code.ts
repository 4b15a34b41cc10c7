/**
 * The first 17 characters of a 统一社会信用代码 (GB 32100-2015). The 18th (check) character is
 * the lead's `makeCreditCode(first17)`; here we only make the body.
 */
import { rngFor } from './prng.ts';
import { DEMO_COUNTY_CODE } from './jurisdictions.ts';

/** GB 32100 charset: digits and capitals without I, O, S, V, Z. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * 登记管理部门 + 机构类别: '91' 工商 · 企业, '12' 机构编制 · 事业单位 (public schools and
 * hospitals).
 */
export type CreditCodePrefix = '91' | '12';

/** Organisation-code style of positions 9–17. */
export type OrgCodeStyle =
  /** Assigned since 2015 to new registrations: 'MA' + 6 characters + check. */
  | 'new'
  /** An older 8-digit organisation code + check (pre-2015 enterprises and institutions). */
  | 'old';

/** GB 11714 check character of an 8-character organisation code body. */
export function orgCodeCheck(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body[i] ?? '0';
    const value = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55; // 'A' → 10
    sum += value * (weights[i] ?? 0);
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Deterministic first 17 characters for an entity key. */
export function creditCode17For(key: string, prefix: CreditCodePrefix, style: OrgCodeStyle): string {
  const rng = rngFor(`credit:${key}`);
  const draw = (chars: string) => chars[Math.floor(rng() * chars.length)] ?? '0';
  let body: string;
  if (style === 'new') {
    body = 'MA';
    for (let i = 0; i < 6; i++) body += draw(CREDIT_CODE_CHARSET);
  } else {
    // Older codes are all digits; institutions' codes in many provinces start with 4.
    body = prefix === '12' ? '4' : draw('1234567');
    for (let i = 0; i < 7; i++) body += draw('0123456789');
  }
  return `${prefix}${DEMO_COUNTY_CODE}${body}${orgCodeCheck(body)}`;
}
