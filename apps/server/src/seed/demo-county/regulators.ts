/**
 * Government departments with safety-supervision duties in 青溪县 (负有安全生产监督管理职责的部门),
 * after the 行业职责分工 of seed 004: 应急管理局 supervises comprehensively (and directly 危化、非煤、
 * 烟花爆竹、工贸); each 行业主管部门 its own industries; each township government (属地) everything
 * inside its township.
 */
import { DEMO_COUNTY_CODE, T, townshipCode, type TownshipSlug } from './jurisdictions.ts';
import type { DemoIndustryCode, DemoRegulator } from './types.ts';

function department(
  key: string,
  name: string,
  shortName: string,
  industryCodes: DemoIndustryCode[],
): DemoRegulator {
  return {
    key,
    name,
    shortName,
    kind: 'industryDepartment',
    jurisdictionCode: DEMO_COUNTY_CODE,
    remit: [{ jurisdictionCode: DEMO_COUNTY_CODE, industryCodes }],
  };
}

function township(key: string, slug: TownshipSlug, name: string, shortName: string): DemoRegulator {
  const code = townshipCode(T[slug]);
  return {
    key,
    name,
    shortName,
    kind: 'township',
    jurisdictionCode: code,
    remit: [{ jurisdictionCode: code, industryCodes: 'all' }],
  };
}

export const EMERGENCY_BUREAU_KEY = 'qx-emergency';

export const demoRegulators: DemoRegulator[] = [
  {
    key: EMERGENCY_BUREAU_KEY,
    name: '青溪县应急管理局',
    shortName: '县应急局',
    kind: 'emergencyBureau',
    jurisdictionCode: DEMO_COUNTY_CODE,
    remit: [{ jurisdictionCode: DEMO_COUNTY_CODE, industryCodes: 'all' }],
  },
  department('qx-housing', '青溪县住房和城乡建设局', '县住建局', [
    'construction',
    'gas',
    'municipal',
    'heating',
  ]),
  department('qx-transport', '青溪县交通运输局', '县交通运输局', ['road_transport']),
  department('qx-education', '青溪县教育局', '县教育局', ['education']),
  department('qx-health', '青溪县卫生健康局', '县卫健局', ['healthcare']),
  department('qx-culture-tourism', '青溪县文化和旅游局', '县文旅局', ['tourism']),
  department('qx-market', '青溪县市场监督管理局', '县市场监管局', ['special_equipment']),
  department('qx-commerce', '青溪县商务局', '县商务局', ['industry_trade.commerce']),
  department('qx-development', '青溪县发展和改革局', '县发改局', ['power']),
  department('qx-industry', '青溪县工业和信息化局', '县工信局', ['civil_explosives']),
  department('qx-water', '青溪县水利局', '县水利局', ['water_resources']),
  // 消防救援机构 supervises the fire safety of 人员密集场所.
  department('qx-fire', '青溪县消防救援大队', '县消防救援大队', ['crowded_places']),
  township('twp-chengguan', 'chengguan', '青溪县人民政府城关街道办事处', '城关街道'),
  township('twp-qingxi', 'qingxi', '青溪县青溪镇人民政府', '青溪镇'),
  township('twp-baishi', 'baishi', '青溪县白石镇人民政府', '白石镇'),
  township('twp-lingang', 'lingang', '青溪县临港工业园区管理委员会', '临港工业园区'),
  township('twp-taoyuan', 'taoyuan', '青溪县桃源乡人民政府', '桃源乡'),
  township('twp-hekou', 'hekou', '青溪县河口镇人民政府', '河口镇'),
  township('twp-donghu', 'donghu', '青溪县人民政府东湖街道办事处', '东湖街道'),
  township('twp-longshan', 'longshan', '青溪县龙山乡人民政府', '龙山乡'),
  township('twp-shuanghe', 'shuanghe', '青溪县双河镇人民政府', '双河镇'),
];

/**
 * Industries only the emergency bureau supervises directly (no 行业主管部门 in the county):
 * 危险化学品、非煤矿山、烟花爆竹、工贸 (except 商贸, which the 商务局 also covers).
 */
export const EMERGENCY_ONLY_INDUSTRIES: readonly DemoIndustryCode[] = [
  'hazardous_chemicals',
  'non_coal_mining',
  'fireworks',
  'industry_trade',
  'industry_trade.metallurgy',
  'industry_trade.nonferrous',
  'industry_trade.building_materials',
  'industry_trade.machinery',
  'industry_trade.light_industry',
  'industry_trade.textile',
  'industry_trade.tobacco',
];
