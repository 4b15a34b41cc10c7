import { z } from 'zod';

/**
 * 行业领域 (industry) and 负有安全监管职责的部门 (regulator kind) code lists.
 *
 * The mapping of industries to supervising departments follows the county/city division of duties
 * in seed 004 (信阳市双重预防体系建设行业职责分工), renamed to the departments that exist after the
 * 2018 institutional reform (安全监管局 → 应急管理局, 质监局 → 市场监督管理局, 卫计委 → 卫生健康委员会,
 * 文广新局 + 旅游局 → 文化和旅游局). It is only a default: a county may assign differently.
 */

export const regulatorKind = z.enum([
  'emergencyBureau',
  'safetyCommitteeOffice',
  'housingConstruction',
  'urbanManagement',
  'transport',
  'education',
  'health',
  'culturalTourism',
  'marketSupervision',
  'development',
  'industryInformation',
  'waterResources',
  'agriculture',
  'forestry',
  'naturalResources',
  'civilAffairs',
  'commerce',
  'publicSecurity',
  'fireRescue',
  'township',
]);
export type RegulatorKind = z.infer<typeof regulatorKind>;

export const regulatorKindNames = {
  emergencyBureau: { nameZh: '应急管理局', nameEn: 'Emergency Management Bureau' },
  safetyCommitteeOffice: { nameZh: '安委办', nameEn: 'Work Safety Committee Office' },
  housingConstruction: {
    nameZh: '住房和城乡建设局',
    nameEn: 'Housing and Urban-Rural Development Bureau',
  },
  urbanManagement: { nameZh: '城市管理局', nameEn: 'Urban Management Bureau' },
  transport: { nameZh: '交通运输局', nameEn: 'Transport Bureau' },
  education: { nameZh: '教育局', nameEn: 'Education Bureau' },
  health: { nameZh: '卫生健康委员会', nameEn: 'Health Commission' },
  culturalTourism: { nameZh: '文化和旅游局', nameEn: 'Culture and Tourism Bureau' },
  marketSupervision: { nameZh: '市场监督管理局', nameEn: 'Market Supervision Administration' },
  development: { nameZh: '发展和改革局', nameEn: 'Development and Reform Bureau' },
  industryInformation: {
    nameZh: '工业和信息化局',
    nameEn: 'Industry and Information Technology Bureau',
  },
  waterResources: { nameZh: '水利局', nameEn: 'Water Resources Bureau' },
  agriculture: { nameZh: '农业农村局', nameEn: 'Agriculture and Rural Affairs Bureau' },
  forestry: { nameZh: '林业局', nameEn: 'Forestry Bureau' },
  naturalResources: { nameZh: '自然资源局', nameEn: 'Natural Resources Bureau' },
  civilAffairs: { nameZh: '民政局', nameEn: 'Civil Affairs Bureau' },
  commerce: { nameZh: '商务局', nameEn: 'Commerce Bureau' },
  publicSecurity: { nameZh: '公安局', nameEn: 'Public Security Bureau' },
  fireRescue: { nameZh: '消防救援大队', nameEn: 'Fire and Rescue Brigade' },
  township: { nameZh: '乡镇人民政府', nameEn: 'Township Government' },
} as const satisfies Record<RegulatorKind, { nameZh: string; nameEn: string }>;

export const industryCode = z.enum([
  'hazardous_chemicals',
  'non_coal_mining',
  'coal_mining',
  'fireworks',
  'civil_explosives',
  'industry_trade',
  'industry_trade.metallurgy',
  'industry_trade.nonferrous',
  'industry_trade.building_materials',
  'industry_trade.machinery',
  'industry_trade.light_industry',
  'industry_trade.textile',
  'industry_trade.tobacco',
  'industry_trade.commerce',
  'construction',
  'municipal',
  'gas',
  'heating',
  'power',
  'oil_gas_pipelines',
  'water_resources',
  'road_transport',
  'waterway_transport',
  'transport_construction',
  'postal_logistics',
  'special_equipment',
  'crowded_places',
  'fire_key_units',
  'education',
  'healthcare',
  'tourism',
  'culture_entertainment',
  'accommodation_catering',
  'civil_affairs_services',
  'grain_storage',
  'agriculture',
  'fishery',
  'forestry',
  'telecom',
  'other',
]);
export type IndustryCode = z.infer<typeof industryCode>;

export type Industry = {
  code: IndustryCode;
  nameZh: string;
  nameEn: string;
  parentCode: IndustryCode | null;
  /**
   * GB/T 4754-2017 codes the industry mostly covers: a 门类 letter followed by a 大类 (2 digits),
   * 中类 (3) or 小类 (4) number, e.g. 'C26', 'C2672'. Null for cross-cutting industries defined by
   * a use or a place (特种设备, 人员密集场所) rather than by economic activity.
   */
  gbt4754: readonly string[] | null;
  /**
   * 高危行业: the list of 《安全生产责任保险实施办法》 art. 6 (煤矿, 非煤矿山, 危险化学品, 烟花爆竹,
   * 交通运输, 建筑施工, 民用爆炸物品, 金属冶炼, 渔业生产) plus 燃气 and 油气管道, whose operators
   * handle 危险物品 in the sense of the Work Safety Law. Such enterprises re-assess all risks
   * every year, others every 3 years.
   */
  isHighRisk: boolean;
  defaultRegulatorKind: RegulatorKind;
};

type IndustryRow = Omit<Industry, 'code'>;

function row(
  nameZh: string,
  nameEn: string,
  gbt4754: readonly string[] | null,
  isHighRisk: boolean,
  defaultRegulatorKind: RegulatorKind,
  parentCode: IndustryCode | null = null,
): IndustryRow {
  return { nameZh, nameEn, parentCode, gbt4754, isHighRisk, defaultRegulatorKind };
}

const IT = 'industry_trade';

// A Record keyed by the enum makes a missing or extra row a compile error.
const industryRows: Record<IndustryCode, IndustryRow> = {
  hazardous_chemicals: row('危险化学品', 'Hazardous chemicals', ['C25', 'C26'], true, 'emergencyBureau'),
  non_coal_mining: row(
    '非煤矿山',
    'Non-coal mining',
    ['B07', 'B08', 'B09', 'B10', 'B11', 'B12'],
    true,
    'emergencyBureau',
  ),
  coal_mining: row('煤矿', 'Coal mining', ['B06'], true, 'emergencyBureau'),
  fireworks: row('烟花爆竹', 'Fireworks and firecrackers', ['C2672'], true, 'emergencyBureau'),
  // Seed 004 gives 民爆 to 工业和信息化; counties where it has moved to 应急管理 override per region.
  civil_explosives: row('民用爆炸物品', 'Civil explosives', ['C2671'], true, 'industryInformation'),
  industry_trade: row('工贸', 'Industry and trade', ['C'], false, 'emergencyBureau'),
  'industry_trade.metallurgy': row('冶金', 'Metallurgy', ['C31'], true, 'emergencyBureau', IT),
  'industry_trade.nonferrous': row('有色', 'Non-ferrous metals', ['C32'], true, 'emergencyBureau', IT),
  'industry_trade.building_materials': row(
    '建材',
    'Building materials',
    ['C30'],
    false,
    'emergencyBureau',
    IT,
  ),
  'industry_trade.machinery': row(
    '机械',
    'Machinery',
    ['C33', 'C34', 'C35', 'C36', 'C37', 'C38', 'C39', 'C40', 'C43'],
    false,
    'emergencyBureau',
    IT,
  ),
  'industry_trade.light_industry': row(
    '轻工',
    'Light industry',
    ['C13', 'C14', 'C15', 'C19', 'C20', 'C21', 'C22', 'C23', 'C24', 'C29', 'C41'],
    false,
    'emergencyBureau',
    IT,
  ),
  'industry_trade.textile': row('纺织', 'Textiles', ['C17', 'C18', 'C28'], false, 'emergencyBureau', IT),
  'industry_trade.tobacco': row('烟草', 'Tobacco', ['C16'], false, 'emergencyBureau', IT),
  // Seed 004 gives 商贸流通 to 商务局 even though it is counted among the 工贸 sub-industries.
  'industry_trade.commerce': row('商贸', 'Commerce and trade', ['F51', 'F52'], false, 'commerce', IT),
  construction: row('建筑施工', 'Building construction', ['E47', 'E49', 'E50'], true, 'housingConstruction'),
  municipal: row('市政', 'Municipal infrastructure and utilities', ['N781', 'D46'], false, 'urbanManagement'),
  // 城市市政公用设施 (gas, heating, water) go to 城市管理局 in seed 004; many counties use 住建 instead.
  gas: row('燃气', 'Gas supply', ['D45'], true, 'urbanManagement'),
  heating: row('供热', 'Heat supply', ['D443'], false, 'urbanManagement'),
  power: row('电力', 'Electric power', ['D441', 'D442'], false, 'development'),
  oil_gas_pipelines: row('油气长输管道', 'Oil and gas pipelines', ['G57'], true, 'development'),
  water_resources: row('水利', 'Water resources', ['N76'], false, 'waterResources'),
  road_transport: row('道路运输', 'Road transport', ['G54'], true, 'transport'),
  waterway_transport: row('水上交通', 'Waterway transport', ['G55'], true, 'transport'),
  transport_construction: row(
    '公路水运工程',
    'Highway and waterway construction',
    ['E48'],
    true,
    'transport',
  ),
  postal_logistics: row(
    '邮政快递物流',
    'Postal, express and logistics',
    ['G58', 'G59', 'G60'],
    false,
    'transport',
  ),
  special_equipment: row('特种设备', 'Special equipment', null, false, 'marketSupervision'),
  crowded_places: row('人员密集场所', 'Crowded places', null, false, 'fireRescue'),
  fire_key_units: row('消防安全重点单位', 'Fire safety key units', null, false, 'fireRescue'),
  education: row('教育', 'Education', ['P83'], false, 'education'),
  healthcare: row('医疗卫生', 'Health care', ['Q84'], false, 'health'),
  tourism: row('旅游', 'Tourism', ['N786'], false, 'culturalTourism'),
  culture_entertainment: row(
    '文化娱乐',
    'Culture and entertainment',
    ['R88', 'R90'],
    false,
    'culturalTourism',
  ),
  accommodation_catering: row('住宿餐饮', 'Accommodation and catering', ['H61', 'H62'], false, 'commerce'),
  civil_affairs_services: row('民政服务机构', 'Civil affairs institutions', ['Q85'], false, 'civilAffairs'),
  grain_storage: row('粮食储备', 'Grain storage', ['G595'], false, 'development'),
  agriculture: row(
    '农业（含农机）',
    'Agriculture (incl. farm machinery)',
    ['A01', 'A03', 'A05'],
    false,
    'agriculture',
  ),
  // Seed 004 (2018) names 水利局; fisheries have since moved to 农业农村局 in most counties.
  fishery: row('渔业', 'Fishery', ['A04'], true, 'agriculture'),
  forestry: row('林业', 'Forestry', ['A02'], false, 'forestry'),
  telecom: row('电信通信', 'Telecommunications', ['I63'], false, 'industryInformation'),
  other: row('其他', 'Other', null, false, 'emergencyBureau'),
};

/** All industries, parents before their sub-industries, in code-list order. */
export const industries: readonly Industry[] = industryCode.options.map((code) => ({
  code,
  ...industryRows[code],
}));

const industriesByCode: ReadonlyMap<string, Industry> = new Map(
  industries.map((industry) => [industry.code, industry]),
);

/** The industry with this code, or undefined for an unknown code. */
export function findIndustry(code: string): Industry | undefined {
  return industriesByCode.get(code);
}

/** Sub-industries of a parent (工贸 → 冶金, 有色 …); empty for a leaf. */
export function subIndustries(parentCode: IndustryCode): readonly Industry[] {
  return industries.filter((industry) => industry.parentCode === parentCode);
}

/** Years between full risk re-assessments: 1 for high-risk industries, otherwise 3. */
export function fullReassessmentIntervalYears(code: IndustryCode): 1 | 3 {
  return industryRows[code].isHighRisk ? 1 : 3;
}
