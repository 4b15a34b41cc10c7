import { riskLevel, type ListingLevel, type RiskLevel, type TierTableRow } from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import { decideTier, DEFAULT_TIER_TABLE, rowFor } from './tier-rule.ts';

const order: RiskLevel[] = ['low', 'general', 'significant', 'major'];
const noFacts = {
  openMajorHazards: 0,
  listedMajorHazard: 'none' as const,
  penaltiesWithinYear: 0,
  illegalActivityWithinYear: false,
};

describe('decideTier', () => {
  const registerLevels: (RiskLevel | null)[] = [null, ...riskLevel.options];
  const listings: ListingLevel[] = ['none', 'local', 'provincial'];
  const cases = registerLevels.flatMap((registerLevel) =>
    listings.flatMap((listedMajorHazard) =>
      [0, 1, 3].flatMap((openMajorHazards) =>
        [0, 1, 2].flatMap((penaltiesWithinYear) =>
          [false, true].flatMap((illegalActivityWithinYear) =>
            [false, true].map((isHighRisk) => ({
              registerLevel,
              isHighRisk,
              facts: { listedMajorHazard, openMajorHazards, penaltiesWithinYear, illegalActivityWithinYear },
            })),
          ),
        ),
      ),
    ),
  );

  it('covers every combination of level and facts', () => {
    expect(cases).toHaveLength(5 * 3 * 3 * 3 * 2 * 2);
  });

  it.each(cases)('$registerLevel $facts high-risk=$isHighRisk follows LS-3 and the table', (c) => {
    const result = decideTier({ ...c, table: DEFAULT_TIER_TABLE });
    const hazardRaise =
      c.facts.listedMajorHazard === 'provincial'
        ? 2
        : c.facts.listedMajorHazard === 'local'
          ? 1
          : c.facts.openMajorHazards > 0
            ? 1
            : 0;
    const wanted =
      hazardRaise + (c.facts.penaltiesWithinYear > 0 ? 1 : 0) + (c.facts.illegalActivityWithinYear ? 2 : 0);
    const start = order.indexOf(c.registerLevel ?? 'general');
    const expected = order[Math.min(start + wanted, 3)]!;
    expect(result.adjustedLevel).toBe(expected);
    const row = DEFAULT_TIER_TABLE.find((r) => r.level === expected)!;
    expect(result.tier).toBe(row.tier);
    expect(result.inspectionsPerYear).toBe(c.isHighRisk ? row.inspectionsHighRisk : row.inspectionsOther);

    // The explanation: starts at the register (or 未评定), one step per fact that counts, a cap note
    // exactly when the raises overflow 重大, and the tier last; levels never go down.
    const kinds = result.steps.map((s) => s.kind);
    expect(kinds[0]).toBe(c.registerLevel === null ? 'unassessed' : 'register');
    expect(kinds.at(-1)).toBe('tier');
    expect(kinds.includes('capped')).toBe(start + wanted > 3);
    expect(kinds.includes('openMajorHazard')).toBe(
      c.facts.listedMajorHazard === 'none' && c.facts.openMajorHazards > 0,
    );
    expect(kinds.includes('penalty')).toBe(c.facts.penaltiesWithinYear > 0);
    expect(kinds.includes('illegalActivity')).toBe(c.facts.illegalActivityWithinYear);
    expect(result.steps.reduce((sum, s) => sum + s.raise, 0)).toBe(wanted);
    const ranks = result.steps.map((s) => order.indexOf(s.level));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(result.steps.at(-1)!.level).toBe(expected);
  });

  it('raises a blue enterprise with a provincial listing and a penalty to red', () => {
    const r = decideTier({
      registerLevel: 'low',
      isHighRisk: true,
      facts: { ...noFacts, listedMajorHazard: 'provincial', openMajorHazards: 1, penaltiesWithinYear: 2 },
      table: DEFAULT_TIER_TABLE,
    });
    expect(r.steps.map((s) => [s.kind, s.raise, s.level])).toEqual([
      ['register', 0, 'low'],
      ['listedProvincial', 2, 'significant'],
      ['penalty', 1, 'major'],
      ['tier', 0, 'major'],
    ]);
    expect(r).toMatchObject({ adjustedLevel: 'major', tier: 'key', inspectionsPerYear: 12 });
  });

  it("reads the regulator's own table", () => {
    const table: TierTableRow[] = DEFAULT_TIER_TABLE.map((r) =>
      r.level === 'general' ? { ...r, tier: 'routine', inspectionsOther: 1 } : r,
    );
    const r = decideTier({ registerLevel: 'general', isHighRisk: false, facts: noFacts, table });
    expect(r).toMatchObject({ adjustedLevel: 'general', tier: 'routine', inspectionsPerYear: 1 });
  });

  it('falls back to the default row for a level the table lacks', () => {
    expect(rowFor([], 'major')).toEqual(DEFAULT_TIER_TABLE[0]);
  });
});
