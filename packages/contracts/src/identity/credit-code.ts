import { z } from 'zod';

/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015.
 *
 * Layout: [1] registration authority, [2] organisation type, [3–8] administrative division of the
 * registering authority (GB/T 2260), [9–17] organisation code (GB 11714, with its own check
 * character in position 17), [18] check character over the first 17.
 */

/** The 31 characters a credit code may contain; a character's value is its index here. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Error code carried by `creditCodeSchema`; the web translates it. */
export const CREDIT_CODE_INVALID = 'CREDIT_CODE_INVALID';

export const creditCodeMessages = {
  'zh-CN': '统一社会信用代码无效',
  'en-US': 'Invalid unified social credit code',
} as const;

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHARSET_PATTERN = /^[0-9A-HJ-NP-RTUW-Y]*$/;

/*
 * Type codes are enforced only for the authorities on which every edition of the code table
 * agrees. The table for the others was renumbered after 2015 (e.g. '3' is 司法行政 in later lists
 * but 教育 in the first), and rejecting a genuine enterprise at registration costs more than
 * accepting an unusual but well-formed type digit, which the check character still guards.
 */
const STRICT_TYPES: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 群众团体, 其他
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '9': '123', // 工商 / 市场监管: 企业, 个体工商户, 农民专业合作社
  N: '1239', // 农业农村: 组级, 村级, 乡镇级集体经济组织, 其他
};
const LENIENT_AUTHORITIES = '2345678ABCDEFGY';
const LENIENT_TYPES = '123456789';

export type CreditCodeFailure =
  | 'length'
  | 'charset'
  | 'registrationAuthority'
  | 'organisationType'
  | 'adminDivision'
  | 'organisationCode'
  | 'checkChar';

export type CreditCodeParts = {
  code: string;
  registrationAuthority: string;
  organisationType: string;
  adminDivision: string;
  organisationCode: string;
  checkChar: string;
};

export type CreditCodeResult =
  { isValid: true; parts: CreditCodeParts } | { isValid: false; reason: CreditCodeFailure };

/** Trims and upper-cases; users often type the code in lower case or paste it with spaces. */
export function normalizeCreditCode(input: string): string {
  return input.trim().toUpperCase();
}

function charValue(char: string): number {
  return CREDIT_CODE_CHARSET.indexOf(char);
}

/** GB 11714 check character for the 8-character body of an organisation code. */
export function orgCodeCheckChar(body: string): string {
  const normalized = body.toUpperCase();
  if (!/^[0-9A-Z]{8}$/.test(normalized)) {
    throw new RangeError(`An organisation code body has 8 characters 0-9/A-Z, got "${body}"`);
  }
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    // GB 11714 values letters by alphabet position (A=10 … Z=35), not by the credit-code charset.
    sum += Number.parseInt(normalized.charAt(i), 36) * (ORG_CODE_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/** Check character (position 18) for the first 17 characters of a credit code. */
export function creditCodeCheckChar(first17: string): string {
  const normalized = first17.toUpperCase();
  if (normalized.length !== 17 || !CHARSET_PATTERN.test(normalized)) {
    throw new RangeError(
      `Expected 17 characters from ${CREDIT_CODE_CHARSET}, got "${first17}" (${first17.length})`,
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += charValue(normalized.charAt(i)) * (WEIGHTS[i] ?? 0);
  }
  // 31 - 0 would be 31, which the standard maps back to '0'.
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31);
}

function checkPrefix(first17: string): CreditCodeFailure | null {
  const authority = first17.charAt(0);
  const type = first17.charAt(1);
  const strictTypes = STRICT_TYPES[authority];
  if (strictTypes !== undefined) {
    if (!strictTypes.includes(type)) return 'organisationType';
  } else if (!LENIENT_AUTHORITIES.includes(authority)) {
    return 'registrationAuthority';
  } else if (!LENIENT_TYPES.includes(type)) {
    return 'organisationType';
  }
  if (!/^\d{6}$/.test(first17.slice(2, 8))) return 'adminDivision';
  const orgCode = first17.slice(8, 17);
  if (orgCodeCheckChar(orgCode.slice(0, 8)) !== orgCode.charAt(8)) return 'organisationCode';
  return null;
}

/** Validates a credit code and splits it into its parts; the reason names the first rule broken. */
export function parseCreditCode(input: string): CreditCodeResult {
  const code = normalizeCreditCode(input);
  if (code.length !== 18) return { isValid: false, reason: 'length' };
  if (!CHARSET_PATTERN.test(code)) return { isValid: false, reason: 'charset' };
  const first17 = code.slice(0, 17);
  const prefixFailure = checkPrefix(first17);
  if (prefixFailure !== null) return { isValid: false, reason: prefixFailure };
  if (creditCodeCheckChar(first17) !== code.charAt(17)) return { isValid: false, reason: 'checkChar' };
  return {
    isValid: true,
    parts: {
      code,
      registrationAuthority: code.charAt(0),
      organisationType: code.charAt(1),
      adminDivision: code.slice(2, 8),
      organisationCode: code.slice(8, 17),
      checkChar: code.charAt(17),
    },
  };
}

/** True when the input (case-insensitive, surrounding spaces ignored) is a valid credit code. */
export function isValidCreditCode(input: string): boolean {
  return parseCreditCode(input).isValid;
}

/**
 * Appends the check character. Throws when the 17 characters could not start a valid code, so
 * generated demo data never contains a code the validator would reject; build position 17 with
 * `orgCodeCheckChar`.
 */
export function makeCreditCode(first17: string): string {
  const normalized = normalizeCreditCode(first17);
  const checkChar = creditCodeCheckChar(normalized);
  const result = parseCreditCode(normalized + checkChar);
  if (!result.isValid) {
    throw new RangeError(`"${first17}" cannot start a valid credit code (${result.reason})`);
  }
  return result.parts.code;
}

/** A credit code field: normalised to upper case, rejected with CREDIT_CODE_INVALID. */
export const creditCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidCreditCode, { message: CREDIT_CODE_INVALID });
