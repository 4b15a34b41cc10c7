import { z } from 'zod';
import { gb18218Table1 } from './chemicals-table1.ts';

export { gb18218Table1 } from './chemicals-table1.ts';

/** A GB 18218-2018 表1 row. `code` is ours ('T1-' + row number) because CAS numbers repeat (硝化纤维素, 硝酸铵). */
export type Table1Substance = {
  code: string;
  no: number;
  name: string;
  aliases: readonly string[];
  /** Empty when the standard gives none (煤气, 硝酸铵肥料, 烷基铝); two for 甲烷, 天然气. */
  cas: readonly string[];
  criticalQuantityT: number;
};

/** GB 18218-2018 表2 hazard-class symbols, as printed. */
export const gb18218Table2Code = z.enum([
  'J1',
  'J2',
  'J3',
  'J4',
  'J5',
  'W1.1',
  'W1.2',
  'W1.3',
  'W2',
  'W3',
  'W4',
  'W5.1',
  'W5.2',
  'W5.3',
  'W5.4',
  'W6.1',
  'W6.2',
  'W7.1',
  'W7.2',
  'W8',
  'W9.1',
  'W9.2',
  'W10',
  'W11',
]);
export type Gb18218Table2Code = z.infer<typeof gb18218Table2Code>;

export type Table2HazardClass = {
  code: Gb18218Table2Code;
  classZh: string;
  classEn: string;
  description: string;
  criticalQuantityT: number;
};

const t2 = (
  code: Gb18218Table2Code,
  classZh: string,
  classEn: string,
  description: string,
  criticalQuantityT: number,
): Table2HazardClass => ({
  code,
  classZh,
  classEn,
  description,
  criticalQuantityT,
});

/** GB 18218-2018 表2: Q for substances not named in 表1, by hazard class (STANDARDS §4.4). */
export const gb18218Table2: readonly Table2HazardClass[] = [
  t2('J1', '急性毒性', 'Acute toxicity', 'category 1, all routes, gas', 5),
  t2('J2', '急性毒性', 'Acute toxicity', 'category 1, all routes, solid or liquid', 50),
  t2('J3', '急性毒性', 'Acute toxicity', 'categories 2 and 3, all routes, gas', 50),
  t2(
    'J4',
    '急性毒性',
    'Acute toxicity',
    'categories 2 and 3, inhalation, liquid with boiling point ≤ 35 °C',
    50,
  ),
  t2('J5', '急性毒性', 'Acute toxicity', 'category 2, all routes, liquid (other than J4) or solid', 500),
  t2('W1.1', '爆炸物', 'Explosives', 'unstable explosives; division 1.1', 1),
  t2('W1.2', '爆炸物', 'Explosives', 'divisions 1.2, 1.3, 1.5, 1.6', 10),
  t2('W1.3', '爆炸物', 'Explosives', 'division 1.4', 50),
  t2('W2', '易燃气体', 'Flammable gas', 'categories 1 and 2', 10),
  t2('W3', '气溶胶', 'Aerosol', 'categories 1 and 2 (net weight)', 150),
  t2('W4', '氧化性气体', 'Oxidising gas', 'category 1', 50),
  t2(
    'W5.1',
    '易燃液体',
    'Flammable liquid',
    'category 1; or categories 2/3 held above their boiling point',
    10,
  ),
  t2(
    'W5.2',
    '易燃液体',
    'Flammable liquid',
    'categories 2/3 with special process conditions (hazardous chemical process, operating in or near the explosive range, pressure > 1.6 MPa, etc.)',
    50,
  ),
  t2('W5.3', '易燃液体', 'Flammable liquid', 'other category 2', 1000),
  t2('W5.4', '易燃液体', 'Flammable liquid', 'other category 3', 5000),
  t2('W6.1', '自反应物质', 'Self-reactive substance', 'types A and B', 10),
  t2('W6.2', '自反应物质', 'Self-reactive substance', 'types C, D, E', 50),
  t2('W7.1', '有机过氧化物', 'Organic peroxide', 'types A and B', 10),
  t2('W7.2', '有机过氧化物', 'Organic peroxide', 'types C, D, E, F', 50),
  t2('W8', '自燃液体/固体', 'Pyrophoric liquid/solid', 'category 1', 50),
  t2('W9.1', '氧化性固体/液体', 'Oxidising solid/liquid', 'category 1', 50),
  t2('W9.2', '氧化性固体/液体', 'Oxidising solid/liquid', 'categories 2 and 3', 200),
  t2('W10', '易燃固体', 'Flammable solid', 'category 1', 200),
  t2('W11', '遇水放出易燃气体的物质', 'Water-reactive (emits flammable gas)', 'categories 1 and 2', 200),
];

/**
 * GB 18218-2018 表3: β for named toxic gases, keyed by our 表1 code. 表3 names 一氧化碳, which 表1 has
 * only as 煤气 (CO and its mixtures with H₂, CH₄); we give 煤气 CO's β = 2 because CO is what makes it toxic.
 */
export const gb18218Table3Beta: Readonly<Record<string, number>> = {
  'T1-13': 2, // 一氧化碳 (煤气)
  'T1-04': 2, // 二氧化硫
  'T1-01': 2, // 氨
  'T1-07': 2, // 环氧乙烷
  'T1-11': 3, // 氯化氢
  'T1-17': 3, // 溴甲烷
  'T1-12': 4, // 氯
  'T1-10': 5, // 硫化氢
  'T1-20': 5, // 氟化氢
  'T1-03': 10, // 二氧化氮
  'T1-25': 10, // 氰化氢
  'T1-06': 20, // 碳酰氯
  'T1-09': 20, // 磷化氢
  'T1-30': 20, // 异氰酸甲酯
};

/** GB 18218-2018 表4: β by hazard class, for substances not in 表3. */
export const gb18218Table4Beta: Readonly<Record<Gb18218Table2Code, number>> = {
  J1: 4,
  J2: 1,
  J3: 2,
  J4: 2,
  J5: 1,
  'W1.1': 2,
  'W1.2': 2,
  'W1.3': 2,
  W2: 1.5,
  W3: 1,
  W4: 1,
  'W5.1': 1.5,
  'W5.2': 1,
  'W5.3': 1,
  'W5.4': 1,
  'W6.1': 1.5,
  'W6.2': 1,
  'W7.1': 1.5,
  'W7.2': 1,
  W8: 1,
  'W9.1': 1,
  'W9.2': 1,
  W10: 1,
  W11: 1,
};

/** GB 18218-2018 表5: α by people permanently living within 500 m outside the plant boundary. */
export const gb18218AlphaBands: readonly {
  minPeople: number;
  maxPeople: number | null;
  alpha: number;
  labelZh: string;
}[] = [
  { minPeople: 100, maxPeople: null, alpha: 2.0, labelZh: '100人以上' },
  { minPeople: 50, maxPeople: 99, alpha: 1.5, labelZh: '50人～99人' },
  { minPeople: 30, maxPeople: 49, alpha: 1.2, labelZh: '30人～49人' },
  { minPeople: 1, maxPeople: 29, alpha: 1.0, labelZh: '1人～29人' },
  { minPeople: 0, maxPeople: 0, alpha: 0.5, labelZh: '0人' },
];

/** α for a head count; throws RangeError for a negative or fractional count (people are whole). */
export function alphaForPopulation(people: number): number {
  if (!Number.isInteger(people) || people < 0)
    throw new RangeError(`exposed population must be a whole number ≥ 0, got ${people}`);
  const band = gb18218AlphaBands.find(
    (b) => people >= b.minPeople && (b.maxPeople === null || people <= b.maxPeople),
  );
  if (band === undefined) throw new RangeError(`no α band for ${people}`);
  return band.alpha;
}

/** Major-source grade 一级 … 四级 (GB 18218-2018 表6). */
export const majorSourceGrade = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type MajorSourceGrade = z.infer<typeof majorSourceGrade>;

export const majorSourceGradeLabelZh: Readonly<Record<MajorSourceGrade, string>> = {
  1: '一级',
  2: '二级',
  3: '三级',
  4: '四级',
};

/** GB 18218-2018 表6, most severe first: the first band whose minR ≤ R applies. */
export const gb18218GradeBands: readonly { grade: MajorSourceGrade; minR: number }[] = [
  { grade: 1, minR: 100 },
  { grade: 2, minR: 50 },
  { grade: 3, minR: 10 },
  { grade: 4, minR: 0 },
];

/** Grade for an R value. */
export function gradeForR(r: number): MajorSourceGrade {
  const band = gb18218GradeBands.find((b) => r >= b.minR);
  return band === undefined ? 4 : band.grade;
}

export type Gb18218Entry =
  | ({ table: 1 } & Table1Substance)
  | ({ table: 2; name: string; aliases: readonly string[]; cas: readonly string[] } & Table2HazardClass);

const table2Entries: readonly Gb18218Entry[] = gb18218Table2.map((c) => ({
  table: 2,
  ...c,
  name: `${c.classZh}（${c.code}）`,
  aliases: [c.classEn],
  cas: [],
}));

/** Every 表1 substance then every 表2 class, for pickers and lookups. */
export const gb18218Entries: readonly Gb18218Entry[] = [
  ...gb18218Table1.map((s): Gb18218Entry => ({ table: 1, ...s })),
  ...table2Entries,
];

/**
 * The 表2 hazard class a common 表1 substance outside 表3 takes under GB 30000 (GHS), offered as the
 * default so nobody has to look it up: flammable gases category 1 → W2; flammable liquids of
 * category 1 → W5.1, of category 2 → W5.3, of category 3 → W5.4; oxygen → W4. The user may change it
 * (a flammable liquid kept above its boiling point, or under special process conditions, is W5.1/W5.2).
 */
export const gb18218DefaultClasses: Readonly<Record<string, readonly Gb18218Table2Code[]>> = {
  'T1-47': ['W2'], // 1,3-丁二烯
  'T1-48': ['W2'], // 二甲醚
  'T1-49': ['W2'], // 甲烷, 天然气
  'T1-50': ['W2'], // 氯乙烯
  'T1-51': ['W2'], // 氢
  'T1-52': ['W2'], // 液化石油气
  'T1-54': ['W2'], // 乙炔
  'T1-55': ['W2'], // 乙烯
  'T1-56': ['W4'], // 氧(压缩的或液化的)
  'T1-57': ['W5.3'], // 苯
  'T1-58': ['W5.4'], // 苯乙烯
  'T1-59': ['W5.3'], // 丙酮
  'T1-61': ['W5.1'], // 二硫化碳
  'T1-62': ['W5.3'], // 环己烷
  'T1-64': ['W5.3'], // 甲苯
  'T1-65': ['W5.3'], // 甲醇
  'T1-66': ['W5.1'], // 汽油
  'T1-67': ['W5.3'], // 乙醇
  'T1-68': ['W5.1'], // 乙醚
  'T1-69': ['W5.3'], // 乙酸乙酯
};

/** Abbreviations people type for the substances they handle, searched like names. */
export const gb18218Abbreviations: Readonly<Record<string, readonly string[]>> = {
  'T1-49': ['LNG', 'CNG', 'NG', 'CH4'],
  'T1-52': ['LPG'],
  'T1-51': ['H2'],
  'T1-12': ['Cl2'],
  'T1-01': ['NH3'],
  'T1-65': ['MeOH'],
  'T1-67': ['EtOH'],
};

/** A 表1 code ('T1-12') or a 表2 class symbol ('W5.3'), by lookup. */
export function findGb18218Entry(code: string): Gb18218Entry | undefined {
  return gb18218Entries.find((e) => e.code === code);
}

/** A 表1 code or 表2 symbol that exists in GB 18218-2018. */
export const gb18218Code = z
  .string()
  .refine((code) => findGb18218Entry(code) !== undefined, 'not a GB 18218-2018 表1 code or 表2 class');

// NFKC folds full-width letters and subscripts (H₂ → H2) so typed queries meet printed names.
const normalise = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
const digitsOnly = (text: string): string => text.replace(/[^0-9]/g, '');

/**
 * Chemicals whose name, alias or CAS number contains the query, best matches first (exact, then
 * prefix, then substring; 表1 before 表2). A CAS query matches with or without hyphens.
 */
export function searchChemicals(query: string, limit = 20): Gb18218Entry[] {
  const q = normalise(query);
  if (q === '') return [];
  const casNeedle = /^[0-9-]+$/.test(q) ? digitsOnly(q) : '';
  const scored: { entry: Gb18218Entry; score: number; order: number }[] = [];
  gb18218Entries.forEach((entry, order) => {
    const names = [entry.name, ...entry.aliases, ...(gb18218Abbreviations[entry.code] ?? []), entry.code];
    const textScores = names.map((t) => matchScore(normalise(t), q));
    const casScores = casNeedle === '' ? [] : entry.cas.map((c) => matchScore(digitsOnly(c), casNeedle));
    const score = Math.max(0, ...textScores, ...casScores);
    if (score > 0) scored.push({ entry, score, order });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.entry);
}

function matchScore(text: string, needle: string): number {
  if (text === needle) return 3;
  if (text.startsWith(needle)) return 2;
  return text.includes(needle) ? 1 : 0;
}
