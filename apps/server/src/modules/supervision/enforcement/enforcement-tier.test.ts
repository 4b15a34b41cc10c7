import { describe, expect, it } from 'vitest';
import { isKeyEnterprise, supervisionTierOf, type TierFacts } from './enforcement-tier.ts';

const base: TierFacts = {
  isHighRisk: false,
  scale: 'small',
  hasMajorHazardSource: false,
  highestLevel: null,
};

describe('supervisionTierOf', () => {
  it('takes the register’s highest level when there is one, whatever the other facts', () => {
    for (const level of ['major', 'significant', 'general', 'low'] as const)
      for (const isHighRisk of [true, false])
        for (const scale of ['large', 'medium', 'small', 'micro'] as const)
          expect(supervisionTierOf({ ...base, isHighRisk, scale, highestLevel: level })).toBe(level);
  });
  it('falls back to the industry and scale before a register exists', () => {
    expect(supervisionTierOf({ ...base, isHighRisk: true })).toBe('significant');
    expect(supervisionTierOf({ ...base, isHighRisk: true, scale: 'large' })).toBe('significant');
    expect(supervisionTierOf({ ...base, scale: 'large' })).toBe('general');
    for (const scale of ['medium', 'small', 'micro'] as const)
      expect(supervisionTierOf({ ...base, scale })).toBe('low');
  });
});

describe('isKeyEnterprise', () => {
  it('is the major and significant tiers and every major hazard installation', () => {
    expect(isKeyEnterprise('major', base)).toBe(true);
    expect(isKeyEnterprise('significant', base)).toBe(true);
    expect(isKeyEnterprise('general', base)).toBe(false);
    expect(isKeyEnterprise('low', base)).toBe(false);
    expect(isKeyEnterprise('low', { hasMajorHazardSource: true })).toBe(true);
  });
});
