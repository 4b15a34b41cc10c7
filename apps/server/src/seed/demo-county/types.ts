/**
 * Types of the demo county (青溪县, fictional). Pure data: no database code here.
 * The loader maps these onto the real tables; keys are stable slugs the loader can use to
 * derive deterministic ids.
 */

export type DemoJurisdictionLevel = 'province' | 'city' | 'county' | 'township' | 'grid';

export interface DemoLatLng {
  lat: number;
  lng: number;
}

export interface DemoJurisdiction {
  /** Administrative division code: 6 digits down to county, 12 digits for township and grid. */
  code: string;
  parentCode: string | null;
  name: string;
  level: DemoJurisdictionLevel;
  /** Approximate centre, for maps. */
  center?: DemoLatLng;
}

/** The industry code list (行业领域); must match the platform's code list. */
export const DEMO_INDUSTRY_CODES = [
  'hazardous_chemicals',
  'non_coal_mining',
  'fireworks',
  'construction',
  'industry_trade',
  'industry_trade.metallurgy',
  'industry_trade.nonferrous',
  'industry_trade.building_materials',
  'industry_trade.machinery',
  'industry_trade.light_industry',
  'industry_trade.textile',
  'industry_trade.tobacco',
  'industry_trade.commerce',
  'gas',
  'road_transport',
  'crowded_places',
  'education',
  'healthcare',
  'tourism',
  'civil_explosives',
  'power',
  'water_resources',
  'heating',
  'municipal',
  'special_equipment',
] as const;
export type DemoIndustryCode = (typeof DEMO_INDUSTRY_CODES)[number];

export type DemoRegulatorKind =
  /** 应急管理局: comprehensive supervision of every industry in its jurisdiction. */
  | 'emergencyBureau'
  /** 行业主管部门 / 负有安全监管职责的部门: supervises some industries. */
  | 'industryDepartment'
  /** 乡镇人民政府 / 街道办事处 / 园区管委会: all industries in its township (属地监管). */
  | 'township';

export interface DemoRemit {
  jurisdictionCode: string;
  industryCodes: DemoIndustryCode[] | 'all';
}

export interface DemoRegulator {
  key: string;
  name: string;
  shortName: string;
  kind: DemoRegulatorKind;
  jurisdictionCode: string;
  remit: DemoRemit[];
}

export type DemoScale = 'large' | 'medium' | 'small' | 'micro';
export type DemoEnterpriseStatus = 'approved' | 'pending' | 'rejected';

/** Notable features other seed generators (risk registers, sensors) can key on. */
export type DemoEnterpriseFeature =
  | 'tankFarm'
  | 'majorHazardSource'
  | 'hazardousProcess'
  | 'ammoniaRefrigeration'
  | 'dustExplosion'
  | 'moltenMetal'
  | 'confinedSpace'
  | 'lpgStorage'
  | 'explosivesStorage'
  | 'openPitMine'
  | 'towerCrane'
  | 'deepExcavation'
  | 'boiler'
  | 'elevators'
  | 'chlorineDosing'
  | 'crowdedVenue'
  | 'waterBody'
  | 'hazmatFleet'
  | 'passengerFleet'
  | 'substation';

export interface DemoPerson {
  name: string;
  phone: string;
}

export interface DemoEnterprise {
  key: string;
  name: string;
  shortName: string;
  /**
   * First 17 characters of the 统一社会信用代码 (GB 32100): registration authority (9 工商 /
   * 1 机构编制), entity type (1 企业 / 2 事业单位), '990102', then a 9-character GB 11714
   * organisation code (with its own valid check character). The 18th character comes from
   * `makeCreditCode(first17)`.
   */
  creditCode17: string;
  address: string;
  /** Township or grid code. */
  jurisdictionCode: string;
  industryCodes: DemoIndustryCode[];
  scale: DemoScale;
  isHighRisk: boolean;
  /** 主要负责人 */
  principal: DemoPerson;
  /** 联系人: the safety manager (安全管理人员) in this data set. */
  contact: DemoPerson;
  location: DemoLatLng;
  employeeCount: number;
  /** Start of 连续安全生产 N 天. */
  safeSinceDate: string;
  status: DemoEnterpriseStatus;
  /** Required when status is 'rejected'. */
  reviewReason: string | null;
  features: DemoEnterpriseFeature[];
  /** Which org-tree template shapes this enterprise (see org-templates*.ts). */
  orgTemplate: string;
}

export type DemoOrgUnitKind = 'department' | 'workshop' | 'team' | 'post';

export interface DemoOrgUnit {
  /** Dot-separated path of local slugs, unique within the enterprise: 'synthesis.shift-a.operator'. */
  key: string;
  name: string;
  kind: DemoOrgUnitKind;
  children: DemoOrgUnit[];
}

export interface DemoOrgTree {
  enterpriseKey: string;
  units: DemoOrgUnit[];
}

export type DemoRole =
  | 'enterprisePrincipal'
  | 'safetyManager'
  | 'unitLead'
  | 'teamLead'
  | 'worker'
  | 'regulatorAdmin'
  | 'inspector'
  | 'expert'
  | 'agency'
  | 'platformAdmin';

export interface DemoUser {
  /** Lowercase ascii, pinyin-like; matches /^[a-z][a-z0-9_.-]{2,31}$/. */
  username: string;
  name: string;
  phone: string;
  roles: DemoRole[];
  enterpriseKey?: string;
  regulatorKey?: string;
  orgUnitKey?: string;
  /** 职务, for signature lines ("安全环保部部长"). */
  title?: string;
}

export interface DemoPersona {
  username: string;
  password: string;
  roleLabelZh: string;
  roleLabelEn: string;
  description: string;
  descriptionEn: string;
}

/**
 * A per-industry org-tree template. `tree` has one unit per line, two spaces of indent per level:
 * `<K> <slug> <name>` with K = D (department), W (workshop), T (team), P (post). The first root
 * unit is the principal's office; every template has a root unit with slug 'safety', the safety
 * manager's unit.
 */
export interface DemoOrgTemplate {
  /** Title of the principal, e.g. 总经理, 站长, 校长, 院长, 矿长, 项目经理. */
  principalTitle: string;
  tree: string;
}
