import { describe, expect, it } from 'vitest';
import { isKeyEnterprise } from './enforcement-tier.ts';

describe('isKeyEnterprise', () => {
  it('is the major and significant tiers and every major hazard installation', () => {
    const none = { hasMajorHazardSource: false };
    expect(isKeyEnterprise('major', none)).toBe(true);
    expect(isKeyEnterprise('significant', none)).toBe(true);
    expect(isKeyEnterprise('general', none)).toBe(false);
    expect(isKeyEnterprise('low', none)).toBe(false);
    for (const tier of ['major', 'significant', 'general', 'low'] as const)
      expect(isKeyEnterprise(tier, { hasMajorHazardSource: true })).toBe(true);
  });
});
