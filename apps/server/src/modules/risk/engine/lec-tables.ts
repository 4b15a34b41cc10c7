import { defineTableSet, type FactorTable, type ScoreBand } from './table-set.ts';

// STANDARDS §1.1: L, E and C are separate lookups because one public app put C's values under its
// E picker; keeping each list under its own key makes that mix-up a validation error.
const l: FactorTable<'l'> = {
  key: 'l',
  symbol: 'L',
  nameZh: '事故发生的可能性',
  options: [
    { value: 10, labelZh: '完全可以预料', labelEn: 'Fully expected' },
    { value: 6, labelZh: '相当可能', labelEn: 'Quite possible' },
    { value: 3, labelZh: '可能，但不经常', labelEn: 'Possible but unusual' },
    { value: 1, labelZh: '可能性小，完全意外', labelEn: 'Unlikely, a complete surprise' },
    { value: 0.5, labelZh: '很不可能，可以设想', labelEn: 'Very unlikely but conceivable' },
    { value: 0.2, labelZh: '极不可能', labelEn: 'Extremely unlikely' },
    { value: 0.1, labelZh: '实际不可能', labelEn: 'Practically impossible' },
  ],
};

const e: FactorTable<'e'> = {
  key: 'e',
  symbol: 'E',
  nameZh: '暴露于危险环境的频繁程度',
  options: [
    { value: 10, labelZh: '连续暴露', labelEn: 'Continuous' },
    { value: 6, labelZh: '每天工作时间内暴露', labelEn: 'Daily, during working hours' },
    { value: 3, labelZh: '每周一次或偶然暴露', labelEn: 'Weekly or occasional' },
    { value: 2, labelZh: '每月一次暴露', labelEn: 'Monthly' },
    { value: 1, labelZh: '每年几次暴露', labelEn: 'A few times a year' },
    { value: 0.5, labelZh: '非常罕见地暴露', labelEn: 'Very rare' },
  ],
};

const c: FactorTable<'c'> = {
  key: 'c',
  symbol: 'C',
  nameZh: '发生事故产生的后果',
  options: [
    {
      value: 100,
      labelZh: '大灾难，许多人死亡（10人以上死亡）',
      labelEn: 'Catastrophe, many deaths (10 or more)',
    },
    { value: 40, labelZh: '灾难，数人死亡（3～9人死亡）', labelEn: 'Disaster, several deaths (3–9)' },
    { value: 15, labelZh: '非常严重，一人死亡（1～2人死亡）', labelEn: 'Very serious, one death (1–2)' },
    { value: 7, labelZh: '严重，重伤（严重伤残）', labelEn: 'Serious, major injury or serious disability' },
    { value: 3, labelZh: '重大，致残（有伤残）', labelEn: 'Significant, disabling' },
    { value: 1, labelZh: '引人注目，需要救护（轻伤）', labelEn: 'Notable, first aid needed' },
  ],
};

const EXTREME = '极其危险，不能继续作业';
const HIGH = '高度危险，要立即整改';
const NOTABLE = '显著危险，需要整改';
// The classic tables print 20–70 as 一般危险; its own words 可能危险 keep a blue (低) band from reading as
// 一般风险 (yellow) next to the colour.
const ORDINARY = '可能危险，需要注意';
const SLIGHT = '稍有危险，可以接受';

// Variant A keeps the five Graham–Kinney bands (so the wording survives) and folds the lowest two
// into 低: D ≥ 320 红, 160 ≤ D < 320 橙, 70 ≤ D < 160 黄, D < 70 蓝. Lower bounds are inclusive.
const bandsA: readonly ScoreBand[] = [
  { min: 320, max: null, minInclusive: true, maxInclusive: false, label: EXTREME, level: 'major' },
  { min: 160, max: 320, minInclusive: true, maxInclusive: false, label: HIGH, level: 'significant' },
  { min: 70, max: 160, minInclusive: true, maxInclusive: false, label: NOTABLE, level: 'general' },
  { min: 20, max: 70, minInclusive: true, maxInclusive: false, label: ORDINARY, level: 'low' },
  { min: 0, max: 20, minInclusive: true, maxInclusive: false, label: SLIGHT, level: 'low' },
];

// Variant B: D > 160 红, 70 < D ≤ 160 橙, 20 < D ≤ 70 黄, the rest 蓝. Its source wrote "D < 20" for
// 蓝 and so gave D = 20 (L 10 × E 2 × C 1) no level; upper bounds are inclusive here, so 20 is 蓝.
const bandsB: readonly ScoreBand[] = [
  { min: 320, max: null, minInclusive: false, maxInclusive: false, label: EXTREME, level: 'major' },
  { min: 160, max: 320, minInclusive: false, maxInclusive: true, label: HIGH, level: 'major' },
  { min: 70, max: 160, minInclusive: false, maxInclusive: true, label: NOTABLE, level: 'significant' },
  { min: 20, max: 70, minInclusive: false, maxInclusive: true, label: ORDINARY, level: 'general' },
  { min: 0, max: 20, minInclusive: true, maxInclusive: true, label: SLIGHT, level: 'low' },
];

/** LEC with the most common four-level mapping (STANDARDS §1.1 variant A). */
export const lecDefault = defineTableSet<'lec'>({
  method: 'lec',
  id: 'lec-default',
  version: 1,
  nameZh: 'LEC（格雷厄姆–金尼，D≥320 重大）',
  source: 'STANDARDS §1.1, factor tables and D bands, four-level mapping variant A',
  scoreSymbol: 'D',
  factors: [l, e, c],
  bands: bandsA,
});

/** LEC with the stricter mapping that calls everything above 160 重大 (STANDARDS §1.1 variant B). */
export const lecVariantB = defineTableSet<'lec'>({
  method: 'lec',
  id: 'lec-variant-b',
  version: 1,
  nameZh: 'LEC（D>160 重大）',
  source: 'STANDARDS §1.1, factor tables and D bands, four-level mapping variant B (D = 20 assigned to 低)',
  scoreSymbol: 'D',
  factors: [l, e, c],
  bands: bandsB,
});
