import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_CHARSET,
  CREDIT_CODE_INVALID,
  creditCodeCheckChar,
  creditCodeSchema,
  isValidCreditCode,
  makeCreditCode,
  normalizeCreditCode,
  orgCodeCheckChar,
  parseCreditCode,
} from './credit-code.ts';

/*
 * Publicly printed codes of well-known companies. Each passes two independent checks (the GB 11714
 * character in position 17 and the GB 32100 character in position 18), which a mistyped code
 * survives with odds of about 1 in 341.
 */
const PUBLIC_CODES = {
  icbc: '91100000100003962T',
  huawei: '914403001922038216',
  petroChina: '91110000710925462X',
  xiaomi: '91110108551385082Q',
  baidu: '91110000802100433B',
  chinaMerchantsBank: '9144030010001686XA',
  briefExample: '91110000100003495Y',
};

/** A valid code for the given prefix parts, built the way the demo data generator does. */
function build(authority: string, type: string, division: string, orgBody: string): string {
  return makeCreditCode(`${authority}${type}${division}${orgBody}${orgCodeCheckChar(orgBody)}`);
}

describe('creditCodeCheckChar', () => {
  it('reproduces the check character of public codes', () => {
    for (const code of Object.values(PUBLIC_CODES)) {
      expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code.charAt(17));
    }
  });

  it('maps a remainder of 0 to "0" rather than to a 32nd character', () => {
    // Every weight times 0 is 0, so the sum is 0 and 31 - 0 must wrap to '0'.
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });

  it('values letters by their charset index (Y=30), not by alphabet position', () => {
    // Y in position 1 (weight 1): 30 % 31 = 30, so 31 - 30 = 1.
    expect(creditCodeCheckChar(`Y${'0'.repeat(16)}`)).toBe('1');
    // Y in position 17 (weight 28): 840 % 31 = 3, so 31 - 3 = 28, which is W.
    expect(creditCodeCheckChar(`${'0'.repeat(16)}Y`)).toBe('W');
  });

  it('accepts lower case and rejects bad input', () => {
    expect(creditCodeCheckChar(PUBLIC_CODES.baidu.slice(0, 17).toLowerCase())).toBe('B');
    expect(() => creditCodeCheckChar('1234')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('9111000010000349I')).toThrow(RangeError);
  });
});

describe('orgCodeCheckChar (GB 11714)', () => {
  it('matches the organisation codes inside public credit codes', () => {
    for (const code of Object.values(PUBLIC_CODES)) {
      expect(orgCodeCheckChar(code.slice(8, 16))).toBe(code.charAt(16));
    }
  });

  it('maps 10 to X and 11 to 0', () => {
    expect(orgCodeCheckChar('10001686')).toBe('X');
    expect(orgCodeCheckChar('00000000')).toBe('0');
  });

  it('values letters by alphabet position, as in codes assigned since 2015 (MA…)', () => {
    // M=22, A=10: 22*3 + 10*7 = 136, remainder 136 % 11 = 4, check 11 - 4 = 7.
    expect(orgCodeCheckChar('MA000000')).toBe('7');
    expect(() => orgCodeCheckChar('MA00000')).toThrow(RangeError);
  });
});

describe('isValidCreditCode / parseCreditCode', () => {
  it('accepts public codes', () => {
    for (const code of Object.values(PUBLIC_CODES)) expect(isValidCreditCode(code)).toBe(true);
  });

  it('normalises case and surrounding spaces', () => {
    expect(isValidCreditCode(' 91110108551385082q ')).toBe(true);
    expect(normalizeCreditCode(' 9144030010001686xa\t')).toBe('9144030010001686XA');
  });

  it('splits a valid code into its parts', () => {
    expect(parseCreditCode(PUBLIC_CODES.xiaomi)).toEqual({
      isValid: true,
      parts: {
        code: '91110108551385082Q',
        registrationAuthority: '9',
        organisationType: '1',
        adminDivision: '110108',
        organisationCode: '551385082',
        checkChar: 'Q',
      },
    });
  });

  it.each(['', '9111010855138508', '91110108551385082', '91110108551385082QQ'])('rejects length %j', (code) =>
    expect(parseCreditCode(code)).toEqual({ isValid: false, reason: 'length' }),
  );

  it.each(['I', 'O', 'Z', 'S', 'V', '-', '中', ' '])('rejects the forbidden character %j', (char) => {
    const code = `9111010855138508${char}Q`;
    expect(parseCreditCode(code)).toEqual({ isValid: false, reason: 'charset' });
  });

  it('rejects every wrong check character', () => {
    const first17 = PUBLIC_CODES.huawei.slice(0, 17);
    for (const char of CREDIT_CODE_CHARSET) {
      const expected = char === '6' ? { isValid: true } : { isValid: false, reason: 'checkChar' };
      expect(parseCreditCode(first17 + char)).toMatchObject(expected);
    }
  });

  it('rejects a single-character typo and adjacent transposition in public codes', () => {
    for (const code of Object.values(PUBLIC_CODES)) {
      for (let i = 0; i < 17; i += 1) {
        const swapped = code.slice(0, i) + code.charAt(i + 1) + code.charAt(i) + code.slice(i + 2);
        if (swapped !== code) expect(isValidCreditCode(swapped)).toBe(false);
        const typo = code.slice(0, i) + (code.charAt(i) === '1' ? '2' : '1') + code.slice(i + 1);
        expect(isValidCreditCode(typo)).toBe(false);
      }
    }
  });

  it('rejects a wrong organisation-code check character even when position 18 fits', () => {
    const code = makeCreditCode('91411500MA44ABCD' + orgCodeCheckChar('MA44ABCD'));
    const badOrg = code.slice(0, 16) + (code.charAt(16) === '1' ? '2' : '1');
    const forged = badOrg + creditCodeCheckChar(badOrg);
    expect(parseCreditCode(forged)).toEqual({ isValid: false, reason: 'organisationCode' });
  });

  it('rejects an administrative division with letters', () => {
    const first16 = '9141150A' + 'MA44ABCD';
    const first17 = first16 + orgCodeCheckChar('MA44ABCD');
    expect(parseCreditCode(first17 + creditCodeCheckChar(first17))).toEqual({
      isValid: false,
      reason: 'adminDivision',
    });
  });

  it.each([
    ['0', '1'],
    ['H', '1'],
    ['X', '1'],
  ])('rejects registration authority %s', (authority, type) => {
    const first17 = `${authority}${type}411500MA44ABCD${orgCodeCheckChar('MA44ABCD')}`;
    expect(parseCreditCode(first17 + creditCodeCheckChar(first17))).toEqual({
      isValid: false,
      reason: 'registrationAuthority',
    });
  });

  it.each([
    ['9', '4'],
    ['9', '9'],
    ['1', '4'],
    ['5', '0'],
    ['N', '5'],
    ['Y', '0'],
    ['3', 'A'],
  ])('rejects type %s%s', (authority, type) => {
    const first17 = `${authority}${type}411500MA44ABCD${orgCodeCheckChar('MA44ABCD')}`;
    expect(parseCreditCode(first17 + creditCodeCheckChar(first17))).toEqual({
      isValid: false,
      reason: 'organisationType',
    });
  });

  it.each([
    ['9', '1'], // enterprise
    ['9', '2'], // individual business
    ['9', '3'], // farmers' cooperative
    ['1', '2'], // public institution
    ['5', '1'], // social group
    ['N', '2'], // village collective
    ['3', '1'], // lenient authority: digits 1–9 accepted
    ['Y', '1'],
  ])('accepts authority/type %s%s', (authority, type) => {
    expect(isValidCreditCode(build(authority, type, '411522', 'MA44ABCD'))).toBe(true);
  });
});

describe('makeCreditCode', () => {
  it('appends the check character', () => {
    for (const code of Object.values(PUBLIC_CODES)) {
      expect(makeCreditCode(code.slice(0, 17))).toBe(code);
    }
    expect(makeCreditCode(PUBLIC_CODES.baidu.slice(0, 17).toLowerCase())).toBe(PUBLIC_CODES.baidu);
  });

  it('produces valid codes over many organisation bodies', () => {
    const letters = CREDIT_CODE_CHARSET;
    for (let n = 0; n < 2000; n += 1) {
      const body = `M${letters.charAt(n % 31)}${String(n).padStart(6, '0')}`;
      expect(isValidCreditCode(build('9', '1', '411500', body))).toBe(true);
    }
  });

  it('refuses a prefix the validator would reject', () => {
    expect(() => makeCreditCode('9141150055138508Z')).toThrow(RangeError);
    expect(() => makeCreditCode('94411500MA44ABCD' + orgCodeCheckChar('MA44ABCD'))).toThrow(
      /organisationType/,
    );
    expect(() => makeCreditCode('91411500MA44ABCD0')).toThrow(/organisationCode/);
  });
});

describe('creditCodeSchema', () => {
  it('parses to the normalised code', () => {
    expect(creditCodeSchema.parse(' 91110108551385082q')).toBe('91110108551385082Q');
  });

  it('fails with CREDIT_CODE_INVALID', () => {
    const result = creditCodeSchema.safeParse('91110108551385082A');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(CREDIT_CODE_INVALID);
  });

  it('rejects non-strings', () => {
    expect(creditCodeSchema.safeParse(91110108).success).toBe(false);
  });
});
