import {
  compareRiskLevels,
  findRiskFactor,
  industryCode,
  measureClassification,
  riskTemplateLibrary,
} from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import { expandTemplate, resolveAccidentTypes } from './expand-template.ts';
import { findTemplate, riskTemplates } from './risk-templates.ts';

const demoIndustries = [
  'hazardous_chemicals',
  'gas',
  'fireworks',
  'non_coal_mining',
  'construction',
  'industry_trade.machinery',
  'industry_trade.metallurgy',
  'industry_trade.light_industry',
  'industry_trade.building_materials',
  'industry_trade.textile',
  'industry_trade.commerce',
  'crowded_places',
  'education',
  'healthcare',
  'tourism',
  'road_transport',
  'power',
  'water_resources',
  'heating',
  'municipal',
  'special_equipment',
  'civil_explosives',
];

describe('industry starter libraries', () => {
  it('cover every demo industry, one library each', () => {
    for (const code of demoIndustries) expect(findTemplate(code), code).toBeDefined();
    const codes = riskTemplates.map((t) => t.industryCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of riskTemplates) {
      expect(industryCode.safeParse(t.industryCode).success).toBe(true);
      for (const code of t.alsoServes ?? []) expect(industryCode.safeParse(code).success).toBe(true);
    }
  });

  describe.each(riskTemplates.map((t) => [t.industryCode, t] as const))('%s', (code, library) => {
    const expanded = expandTemplate(code);
    const units = library.objects.flatMap((o) => o.units);
    const events = units.flatMap((u) => u.events);

    it('evaluates every default input through the engine and matches the contract', () => {
      expect(expanded).toBeDefined();
      expect(riskTemplateLibrary.safeParse(expanded).success).toBe(true);
      for (const unit of expanded?.objects.flatMap((o) => o.units) ?? []) {
        for (const event of unit.events) {
          expect(event.inherentResult.tableVersion).toBe('lec-default@1');
          // Measures reduce a risk; a residual level above the inherent one is a data error.
          expect(compareRiskLevels(event.residualLevel, event.inherentLevel), event.name).toBeLessThanOrEqual(
            0,
          );
        }
      }
    });

    it('has 4–10 units, 1–4 events per unit and 2–5 measures per event', () => {
      expect(units.length).toBeGreaterThanOrEqual(4);
      expect(units.length).toBeLessThanOrEqual(10);
      for (const unit of units) {
        expect(unit.events.length, unit.key).toBeGreaterThanOrEqual(1);
        expect(unit.events.length, unit.key).toBeLessThanOrEqual(4);
      }
      for (const event of events) {
        expect(event.measures.length, event.name).toBeGreaterThanOrEqual(2);
        expect(event.measures.length, event.name).toBeLessThanOrEqual(5);
        expect(
          event.measures.some((m) => m.kind === 'control'),
          event.name,
        ).toBe(true);
        expect(
          event.measures.some((m) => m.kind === 'emergency'),
          event.name,
        ).toBe(true);
      }
    });

    it('uses unique keys and codes', () => {
      const unique = (xs: string[]) => expect(new Set(xs).size).toBe(xs.length);
      unique(units.map((u) => u.key));
      unique(units.map((u) => u.code));
      unique(library.objects.map((o) => o.code));
    });

    it('uses only listed GB/T 13861, GB 6441 and national measure codes', () => {
      for (const event of events) {
        expect(new Set(event.factors).size, event.name).toBe(event.factors.length);
        for (const factor of event.factors)
          expect(findRiskFactor(factor), `${event.name}: ${factor}`).toBeDefined();
        expect(() => resolveAccidentTypes(event.accidents), event.name).not.toThrow();
        for (const m of event.measures) {
          expect(measureClassification.safeParse(m).success, m.content).toBe(true);
          expect(m.kind === 'emergency' ? m.hierarchy === null : m.hierarchy !== null, m.content).toBe(true);
          expect(m.content.length, m.content).toBeGreaterThan(4);
          if (m.kind === 'control') expect(m.troubleshootContent && m.failureSign, m.content).toBeTruthy();
        }
      }
    });
  });

  it('reads accident types, refusing an ambiguous 1986 code without its 2025 pin', () => {
    expect(resolveAccidentTypes(['08', '019:WSA10023', '019:WSA10024'])).toEqual({
      accidentTypes1986: ['08', '019'],
      accidentTypes2025: ['WSA10009', 'WSA10023', 'WSA10024'],
    });
    expect(() => resolveAccidentTypes(['018'])).toThrow(/WSA10015/);
    expect(() => resolveAccidentTypes(['08:WSA10001'])).toThrow();
  });

  it('serves 人员密集场所 with the mall library', () => {
    expect(expandTemplate('crowded_places')?.industryCode).toBe('industry_trade.commerce');
    expect(expandTemplate('nonexistent')).toBeUndefined();
  });
});
