import { describe, expect, it } from 'vitest';
import { evidenceLevelFor, isRecurring } from './unit-level.ts';

describe('unit level raised by an open hazard', () => {
  it('makes the unit major for a major hazard', () => {
    for (const r of ['low', 'general', 'significant', 'major', null] as const)
      expect(evidenceLevelFor('major', r)).toBe('major');
  });

  it('raises one step for a general hazard, capped at major', () => {
    expect(evidenceLevelFor('general', 'low')).toBe('general');
    expect(evidenceLevelFor('general', null)).toBe('general');
    expect(evidenceLevelFor('general', 'general')).toBe('significant');
    expect(evidenceLevelFor('general', 'significant')).toBe('major');
    expect(evidenceLevelFor('general', 'major')).toBe('major');
  });
});

describe('recurring hazards on a measure', () => {
  const at = new Date('2026-12-03T00:00:00Z');
  it('needs two within 90 days', () => {
    expect(isRecurring([new Date('2026-11-01T00:00:00Z')], at)).toBe(false);
    expect(isRecurring([new Date('2026-11-01T00:00:00Z'), new Date('2026-09-05T00:00:00Z')], at)).toBe(true);
    expect(isRecurring([new Date('2026-11-01T00:00:00Z'), new Date('2026-09-03T23:00:00Z')], at)).toBe(false);
  });
});
