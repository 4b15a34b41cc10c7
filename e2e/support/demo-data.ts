/**
 * Expectations computed from the seed itself (apps/server/src/seed/demo-county, pure data), so a
 * change to the demo county changes what the specs expect instead of breaking them. Plus fresh
 * identities (credit codes, names, phones) for data a spec creates.
 */
import {
  makeCreditCode,
  orgCodeCheckChar,
  CREDIT_CODE_CHARSET,
} from '../../packages/contracts/src/identity/credit-code.ts';
import {
  demoEnterprises,
  demoRegulators,
  regulatorCovers,
  type DemoEnterprise,
} from '../../apps/server/src/seed/demo-county/index.ts';

export { demoEnterprises };

/** The full 18-character credit code of a demo enterprise. */
export const creditCodeOf = (e: DemoEnterprise): string => makeCreditCode(e.creditCode17);

export function demoEnterprise(key: string): DemoEnterprise & { creditCode: string } {
  const e = demoEnterprises.find((x) => x.key === key);
  if (!e) throw new Error(`no demo enterprise ${key}`);
  return { ...e, creditCode: creditCodeOf(e) };
}

/** Demo enterprises in a regulator's remit (place and industry), by regulator key. */
export function enterprisesCoveredBy(regulatorKey: string): DemoEnterprise[] {
  const regulator = demoRegulators.find((r) => r.key === regulatorKey);
  if (!regulator) throw new Error(`no demo regulator ${regulatorKey}`);
  return demoEnterprises.filter((e) => regulatorCovers(regulator, e));
}

export const demoCreditCodes = new Set(demoEnterprises.map(creditCodeOf));

/** Every enterprise a spec creates has this in its name, so counts can tell them from the seed. */
export const E2E_MARK = 'E2E';

const LINGANG = '990102'; // 青溪县, the registering authority's division in the code
const pick = (chars: string) => chars[Math.floor(Math.random() * chars.length)] ?? '0';

/** A valid, random 统一社会信用代码 of a new enterprise (91 + 青溪县 + MA… organisation code). */
export function freshCreditCode(): string {
  let body = 'MA';
  for (let i = 0; i < 6; i++) body += pick(CREDIT_CODE_CHARSET.replace(/[IOSVZ]/g, ''));
  return makeCreditCode(`91${LINGANG}${body}${orgCodeCheckChar(body)}`);
}

/** A random mainland mobile number (unique enough for one run). */
export function freshMobile(): string {
  let digits = '';
  for (let i = 0; i < 9; i++) digits += pick('0123456789');
  return `1${pick('3456789')}${digits}`;
}

/** A short random suffix for names and usernames. */
export function freshSuffix(): string {
  return `${Date.now().toString(36).slice(-4)}${Math.random().toString(36).slice(2, 6)}`;
}
