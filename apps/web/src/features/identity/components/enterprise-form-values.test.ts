import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_PATTERN,
  PHONE_PATTERN,
  toEnterpriseInput,
  type EnterpriseFormValues,
} from './enterprise-form-values.ts';

const values: EnterpriseFormValues = {
  name: ' 信阳市平桥化工有限公司 ',
  creditCode: '91411503ma44abcd1x',
  address: '平桥区工业园 8 号',
  jurisdictionCode: '411503',
  industryCodes: ['hazardous_chemicals'],
  scale: 'small',
  isHighRisk: true,
  principal: { name: '王强', phone: '13800000001' },
  contact: { name: '李娜', phone: '0376-6212345' },
};

describe('toEnterpriseInput', () => {
  it('trims text, upper-cases the credit code and fills optional fields with null', () => {
    expect(toEnterpriseInput(values)).toMatchObject({
      name: '信阳市平桥化工有限公司',
      creditCode: '91411503MA44ABCD1X',
      location: null,
      employeeCount: null,
      safeSinceDate: null,
    });
  });
  it('keeps a complete location and drops a half-filled one', () => {
    expect(toEnterpriseInput({ ...values, location: { lat: 32.1, lng: 114.1 } }).location).toEqual({
      lat: 32.1,
      lng: 114.1,
    });
    expect(toEnterpriseInput({ ...values, location: { lat: 32.1, lng: null } }).location).toBeNull();
  });
});

describe('patterns', () => {
  it('accept the credit-code alphabet only', () => {
    expect(CREDIT_CODE_PATTERN.test('91411503MA44ABCD1X')).toBe(true);
    expect(CREDIT_CODE_PATTERN.test('91411503MA44ABCDIX')).toBe(false);
    expect(CREDIT_CODE_PATTERN.test('91411503MA44ABCD1')).toBe(false);
  });
  it('accept mobiles and landlines', () => {
    expect(PHONE_PATTERN.test('13800000001')).toBe(true);
    expect(PHONE_PATTERN.test('0376-6212345')).toBe(true);
    expect(PHONE_PATTERN.test('12345')).toBe(false);
  });
});
