import { describe, expect, it } from 'vitest';
import {
  findIndustry,
  fullReassessmentIntervalYears,
  industries,
  industryCode,
  regulatorKind,
  regulatorKindNames,
  subIndustries,
} from './industries.ts';
import * as identity from './index.ts';

// GB/T 4754-2017: the 大类 number range of each 门类.
const DIVISION_RANGES: Record<string, [number, number]> = {
  A: [1, 5],
  B: [6, 12],
  C: [13, 43],
  D: [44, 46],
  E: [47, 50],
  F: [51, 52],
  G: [53, 60],
  H: [61, 62],
  I: [63, 65],
  J: [66, 69],
  K: [70, 70],
  L: [71, 72],
  M: [73, 75],
  N: [76, 79],
  O: [80, 82],
  P: [83, 83],
  Q: [84, 85],
  R: [86, 90],
  S: [91, 96],
  T: [97, 97],
};

describe('industries', () => {
  it('has exactly one entry per code, in code-list order', () => {
    expect(industries.map((industry) => industry.code)).toEqual(industryCode.options);
  });

  it('uses stable lowercase slugs; sub-industry codes are prefixed by their parent', () => {
    for (const industry of industries) {
      expect(industry.code).toMatch(/^[a-z]+(_[a-z]+)*(\.[a-z]+(_[a-z]+)*)?$/);
      if (industry.parentCode === null) {
        expect(industry.code).not.toContain('.');
      } else {
        expect(industry.code.startsWith(`${industry.parentCode}.`)).toBe(true);
        expect(findIndustry(industry.parentCode)?.parentCode).toBeNull();
      }
    }
  });

  it('has unique, non-empty names in both languages', () => {
    const zh = industries.map((industry) => industry.nameZh);
    const en = industries.map((industry) => industry.nameEn);
    expect(new Set(zh).size).toBe(zh.length);
    expect(new Set(en).size).toBe(en.length);
    for (const name of [...zh, ...en]) expect(name.trim()).not.toBe('');
  });

  it('gives GB/T 4754-2017 codes whose number lies in its letter’s range', () => {
    for (const industry of industries) {
      if (industry.gbt4754 === null) continue;
      expect(industry.gbt4754.length).toBeGreaterThan(0);
      for (const code of industry.gbt4754) {
        const match = /^([A-T])(\d{2,4})?$/.exec(code);
        expect(match, `${industry.code}: ${code}`).not.toBeNull();
        const [, letter = '', digits] = match ?? [];
        const range = DIVISION_RANGES[letter];
        expect(range).toBeDefined();
        if (digits !== undefined && range !== undefined) {
          const division = Number(digits.slice(0, 2));
          expect(division, `${industry.code}: ${code}`).toBeGreaterThanOrEqual(range[0]);
          expect(division, `${industry.code}: ${code}`).toBeLessThanOrEqual(range[1]);
        }
      }
    }
  });

  it('does not claim the same GB/T 4754 code for two industries', () => {
    const seen = new Map<string, string>();
    for (const industry of industries) {
      for (const code of industry.gbt4754 ?? []) {
        expect(seen.get(code), code).toBeUndefined();
        seen.set(code, industry.code);
      }
    }
  });

  it('contains the industries named by the glossary and the brief', () => {
    const required = {
      hazardous_chemicals: '危险化学品',
      non_coal_mining: '非煤矿山',
      fireworks: '烟花爆竹',
      construction: '建筑施工',
      industry_trade: '工贸',
      gas: '燃气',
      road_transport: '道路运输',
      crowded_places: '人员密集场所',
      education: '教育',
      healthcare: '医疗卫生',
      tourism: '旅游',
      civil_explosives: '民用爆炸物品',
      power: '电力',
      water_resources: '水利',
      heating: '供热',
      municipal: '市政',
      special_equipment: '特种设备',
      fire_key_units: '消防安全重点单位',
    };
    for (const [code, nameZh] of Object.entries(required)) {
      expect(findIndustry(code)?.nameZh).toBe(nameZh);
    }
  });

  it('lists the eight 工贸 sub-industries', () => {
    expect(subIndustries('industry_trade').map((industry) => industry.nameZh)).toEqual([
      '冶金',
      '有色',
      '建材',
      '机械',
      '轻工',
      '纺织',
      '烟草',
      '商贸',
    ]);
    expect(subIndustries('fireworks')).toEqual([]);
  });

  it('marks the high-risk industries', () => {
    const highRisk = industries.filter((industry) => industry.isHighRisk).map((i) => i.code);
    expect(highRisk).toEqual([
      'hazardous_chemicals',
      'non_coal_mining',
      'coal_mining',
      'fireworks',
      'civil_explosives',
      'industry_trade.metallurgy',
      'industry_trade.nonferrous',
      'construction',
      'gas',
      'oil_gas_pipelines',
      'road_transport',
      'waterway_transport',
      'transport_construction',
      'fishery',
    ]);
  });

  it('re-assesses high-risk industries yearly and others every 3 years', () => {
    expect(fullReassessmentIntervalYears('hazardous_chemicals')).toBe(1);
    expect(fullReassessmentIntervalYears('industry_trade.metallurgy')).toBe(1);
    expect(fullReassessmentIntervalYears('industry_trade.machinery')).toBe(3);
    expect(fullReassessmentIntervalYears('education')).toBe(3);
  });

  it('maps industries to the departments of seed 004', () => {
    const expected: Record<string, string> = {
      hazardous_chemicals: 'emergencyBureau',
      non_coal_mining: 'emergencyBureau',
      industry_trade: 'emergencyBureau',
      construction: 'housingConstruction',
      municipal: 'urbanManagement',
      road_transport: 'transport',
      'industry_trade.commerce': 'commerce',
      education: 'education',
      healthcare: 'health',
      tourism: 'culturalTourism',
      civil_explosives: 'industryInformation',
      special_equipment: 'marketSupervision',
      power: 'development',
      water_resources: 'waterResources',
      civil_affairs_services: 'civilAffairs',
      postal_logistics: 'transport',
    };
    for (const [code, kind] of Object.entries(expected)) {
      expect(findIndustry(code)?.defaultRegulatorKind, code).toBe(kind);
    }
  });

  it('finds by code and returns undefined for unknown codes', () => {
    expect(findIndustry('industry_trade.metallurgy')).toMatchObject({
      nameZh: '冶金',
      parentCode: 'industry_trade',
      gbt4754: ['C31'],
    });
    expect(findIndustry('Hazardous_Chemicals')).toBeUndefined();
    expect(findIndustry('')).toBeUndefined();
    expect(findIndustry('toString')).toBeUndefined();
  });

  it('validates codes with the zod enum', () => {
    expect(industryCode.parse('gas')).toBe('gas');
    expect(industryCode.safeParse('mining').success).toBe(false);
  });
});

describe('regulatorKind', () => {
  it('includes the glossary kinds', () => {
    expect(regulatorKind.options).toContain('emergencyBureau');
    expect(regulatorKind.options).toContain('safetyCommitteeOffice');
  });

  it('names every kind in both languages, uniquely', () => {
    expect(Object.keys(regulatorKindNames).sort()).toEqual([...regulatorKind.options].sort());
    const zh = Object.values(regulatorKindNames).map((names) => names.nameZh);
    expect(new Set(zh).size).toBe(zh.length);
    expect(regulatorKindNames.emergencyBureau.nameZh).toBe('应急管理局');
    expect(regulatorKindNames.township.nameZh).toBe('乡镇人民政府');
  });

  it('uses camelCase identifiers', () => {
    for (const kind of regulatorKind.options) expect(kind).toMatch(/^[a-z]+([A-Z][a-z]+)*$/);
  });
});

describe('identity index', () => {
  it('re-exports both files', () => {
    expect(identity.findIndustry).toBe(findIndustry);
    expect(typeof identity.isValidCreditCode).toBe('function');
    expect(typeof identity.creditCodeSchema.parse).toBe('function');
  });
});
