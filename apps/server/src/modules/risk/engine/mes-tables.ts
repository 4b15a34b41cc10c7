import { defineTableSet, type FactorTable, type ScoreBand } from './table-set.ts';

const m: FactorTable<'m'> = {
  key: 'm',
  symbol: 'M',
  nameZh: '控制措施的状态',
  options: [
    { value: 5, labelZh: '无控制措施', labelEn: 'No controls' },
    {
      value: 3,
      labelZh: '有减轻后果的应急措施（如警报系统、个体防护用品）',
      labelEn: 'Mitigating emergency measures (alarm, PPE)',
    },
    {
      value: 1,
      labelZh: '有预防措施（如机器防护装置，须保证有效）',
      labelEn: 'Preventive measures (e.g. machine guards), kept effective',
    },
  ],
};

// One E list serves both readings: E1 (how often people are exposed, for injury and illness) and
// E2 (how often the hazardous state occurs, for property and environment) share their values.
const e: FactorTable<'e'> = {
  key: 'e',
  symbol: 'E',
  nameZh: '人体暴露或危险状态出现的频次',
  options: [
    { value: 10, labelZh: '连续暴露／常态', labelEn: 'Continuous / permanent' },
    { value: 6, labelZh: '每天工作时间内暴露／出现', labelEn: 'Daily during working hours' },
    { value: 3, labelZh: '每周一次或偶然暴露／出现', labelEn: 'Weekly or occasional' },
    { value: 2, labelZh: '每月一次暴露／出现', labelEn: 'Monthly' },
    { value: 1, labelZh: '每年几次暴露／出现', labelEn: 'A few times a year' },
    { value: 0.5, labelZh: '更少的暴露／出现', labelEn: 'Less often' },
  ],
};

// Money bands differ between sources (STANDARDS §1.3 [X]); the first set is shown, the value is what counts.
const s: FactorTable<'s'> = {
  key: 's',
  symbol: 'S',
  nameZh: '事故的可能后果',
  options: [
    {
      value: 10,
      labelZh: '有多人死亡；财产损失>1000万元；大量环境污染物失控排放',
      labelEn: 'Several deaths; loss > ¥10M; major uncontrolled release',
    },
    {
      value: 8,
      labelZh: '有一人死亡或多人永久失能；多人职业病；100万～1000万元；中等环境污染物失控排放',
      labelEn: 'One death or several permanently disabled; ¥1M–10M; medium release',
    },
    {
      value: 4,
      labelZh: '一人永久失能；一人职业病；10万～100万元；少量环境污染物失控排放',
      labelEn: 'One permanently disabled; ¥100k–1M; minor release',
    },
    {
      value: 2,
      labelZh: '需医院治疗，缺工；职业性多发病；1万～10万元；局部受控排放',
      labelEn: 'Hospital treatment, lost time; ¥10k–100k; local controlled release',
    },
    {
      value: 1,
      labelZh: '轻微，仅需急救；职业因素引起的身体不适；<1万元；无环境影响',
      labelEn: 'Minor, first aid only; < ¥10k; no release',
    },
  ],
};

// The classic five bands as a partition: printed "R > 180" and "90–150" leave 180 = 3 × 6 × 10
// without a band, and both mappings seen in code put R ≥ 180 on top, so 180 belongs to 一级.
const FIRST = '一级：不可容许（极其危险）';
const SECOND = '二级：高度危险';
const THIRD = '三级：显著危险';
const FOURTH = '四级：一般危险（轻度危险）';
const FIFTH = '五级：稍有危险';

const classic = (
  levels: readonly [
    ScoreBand['level'],
    ScoreBand['level'],
    ScoreBand['level'],
    ScoreBand['level'],
    ScoreBand['level'],
  ],
): ScoreBand[] => [
  { min: 180, max: null, minInclusive: true, maxInclusive: false, label: FIRST, level: levels[0] },
  { min: 90, max: 180, minInclusive: true, maxInclusive: false, label: SECOND, level: levels[1] },
  { min: 50, max: 90, minInclusive: true, maxInclusive: false, label: THIRD, level: levels[2] },
  { min: 20, max: 50, minInclusive: true, maxInclusive: false, label: FOURTH, level: levels[3] },
  { min: 0, max: 20, minInclusive: true, maxInclusive: false, label: FIFTH, level: levels[4] },
];

/** MES, classic five bands mapped as in the code STANDARDS calls M1: 一级 and 二级 both 重大. */
export const mesDefault = defineTableSet<'mes'>({
  method: 'mes',
  id: 'mes-default',
  version: 1,
  nameZh: 'MES（五级，一级二级为重大）',
  source: 'STANDARDS §1.3 classic five bands, mapping M1',
  scoreSymbol: 'R',
  factors: [m, e, s],
  bands: classic(['major', 'major', 'significant', 'general', 'low']),
});

/** MES, the same five bands mapped one level per band with 四级 and 五级 as 低 (STANDARDS §1.3 M3). */
export const mesM3 = defineTableSet<'mes'>({
  method: 'mes',
  id: 'mes-m3',
  version: 1,
  nameZh: 'MES（五级，R≥180 重大、90～180 较大）',
  source: 'STANDARDS §1.3 classic five bands, mapping M3',
  scoreSymbol: 'R',
  factors: [m, e, s],
  bands: classic(['major', 'significant', 'general', 'low', 'low']),
});
