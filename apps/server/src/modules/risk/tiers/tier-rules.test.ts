import { describe, expect, it } from 'vitest';
import { describeTierRules, effectiveTier, resolveTierRules } from './tier-rules.ts';

describe('control tier rules', () => {
  it('defaults to major → company, significant → department, general → team, low → post', () => {
    expect(resolveTierRules([])).toEqual({
      major: 'company',
      significant: 'department',
      general: 'team',
      low: 'post',
    });
  });

  it('overrides only the levels the enterprise configured', () => {
    const rules = resolveTierRules([{ level: 'significant', tier: 'workshop' }]);
    expect(rules.significant).toBe('workshop');
    expect(rules.major).toBe('company');
    expect(describeTierRules([{ level: 'significant', tier: 'workshop' }])).toEqual([
      { level: 'major', tier: 'company', isDefault: true },
      { level: 'significant', tier: 'workshop', isDefault: false },
      { level: 'general', tier: 'team', isDefault: true },
      { level: 'low', tier: 'post', isDefault: true },
    ]);
  });

  it('follows the level unless the unit has an explicit tier', () => {
    const rules = resolveTierRules([]);
    expect(effectiveTier(null, 'major', rules)).toBe('company');
    expect(effectiveTier(null, 'low', rules)).toBe('post');
    expect(effectiveTier('workshop', 'major', rules)).toBe('workshop');
    expect(effectiveTier(null, null, rules)).toBeNull();
  });
});
