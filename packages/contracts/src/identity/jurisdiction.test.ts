import { describe, expect, it } from 'vitest';
import { childJurisdictionLevel, jurisdictionCode } from './jurisdiction.ts';

describe('childJurisdictionLevel', () => {
  it('steps down one level at a time and stops below a grid', () => {
    expect(childJurisdictionLevel('province')).toBe('city');
    expect(childJurisdictionLevel('city')).toBe('county');
    expect(childJurisdictionLevel('county')).toBe('township');
    expect(childJurisdictionLevel('township')).toBe('grid');
    expect(childJurisdictionLevel('grid')).toBeNull();
  });
});

describe('jurisdictionCode', () => {
  it('takes 6 to 15 digits and nothing that could break a dotted path', () => {
    expect(jurisdictionCode.safeParse('990102').success).toBe(true);
    expect(jurisdictionCode.safeParse('990102001000').success).toBe(true);
    expect(jurisdictionCode.safeParse('99010').success).toBe(false);
    expect(jurisdictionCode.safeParse('990102.001').success).toBe(false);
  });
});
