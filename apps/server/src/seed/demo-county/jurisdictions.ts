/**
 * 江宁省 → 临川市 → 青溪县 → 9 townships → grids. All fictional: the province prefix 99 is not an
 * administrative division, so these codes never collide with real ones. Province, city and county
 * carry their 6-digit codes; townships and grids carry 12 digits (county + township + village).
 */
import type { DemoJurisdiction, DemoLatLng } from './types.ts';

export const DEMO_PROVINCE_CODE = '990000';
export const DEMO_CITY_CODE = '990100';
export const DEMO_COUNTY_CODE = '990102';
export const DEMO_PROVINCE_NAME = '江宁省';
export const DEMO_CITY_NAME = '临川市';
export const DEMO_COUNTY_NAME = '青溪县';
/** Prefix of every address in the county. */
export const DEMO_ADDRESS_PREFIX = `${DEMO_PROVINCE_NAME}${DEMO_CITY_NAME}${DEMO_COUNTY_NAME}`;
export const DEMO_COUNTY_CENTER: DemoLatLng = { lat: 31.9, lng: 118.8 };

interface TownshipSpec {
  /** 3-digit township part of the code. */
  n: string;
  name: string;
  center: DemoLatLng;
  grids: string[];
}

const TOWNSHIPS: TownshipSpec[] = [
  {
    n: '001',
    name: '城关街道',
    center: { lat: 31.905, lng: 118.795 },
    grids: ['南门社区网格', '北街社区网格', '文昌社区网格', '解放路社区网格'],
  },
  {
    n: '002',
    name: '青溪镇',
    center: { lat: 31.862, lng: 118.738 },
    grids: ['青溪村网格', '新桥村网格', '镇区工业集中区网格'],
  },
  {
    n: '003',
    name: '白石镇',
    center: { lat: 31.958, lng: 118.702 },
    grids: ['白石村网格', '石门村网格', '白石山矿区网格'],
  },
  {
    n: '004',
    name: '临港工业园区',
    center: { lat: 31.878, lng: 118.902 },
    grids: ['化工集中区网格', '装备制造区网格', '港口物流区网格'],
  },
  {
    n: '005',
    name: '桃源乡',
    center: { lat: 31.982, lng: 118.818 },
    grids: ['桃源村网格', '桃花坞村网格'],
  },
  {
    n: '006',
    name: '河口镇',
    center: { lat: 31.832, lng: 118.862 },
    grids: ['河口社区网格', '沙洲村网格', '永丰村网格'],
  },
  {
    n: '007',
    name: '东湖街道',
    center: { lat: 31.921, lng: 118.842 },
    grids: ['东湖社区网格', '湖滨社区网格', '新城社区网格'],
  },
  {
    n: '008',
    name: '龙山乡',
    center: { lat: 31.995, lng: 118.742 },
    grids: ['龙山村网格', '温泉村网格'],
  },
  {
    n: '009',
    name: '双河镇',
    center: { lat: 31.818, lng: 118.772 },
    grids: ['双河社区网格', '五里村网格', '双河工业集中区网格'],
  },
];

/** '990102' + township '004' + '000' */
export function townshipCode(n: string): string {
  return `${DEMO_COUNTY_CODE}${n}000`;
}

/** '990102' + township '004' + grid '001' */
export function gridCode(township: string, grid: number): string {
  return `${DEMO_COUNTY_CODE}${township}${String(grid).padStart(3, '0')}`;
}

/** Township code of a township or grid code. */
export function townshipOf(code: string): string {
  return code.length === 12 ? `${code.slice(0, 9)}000` : code;
}

/** Townships in code order, with their centres. */
export const demoTownships: DemoJurisdiction[] = TOWNSHIPS.map((t) => ({
  code: townshipCode(t.n),
  parentCode: DEMO_COUNTY_CODE,
  name: t.name,
  level: 'township',
  center: t.center,
}));

/** Grids: small offsets around the township centre so a map shows them apart. */
export const demoGrids: DemoJurisdiction[] = TOWNSHIPS.flatMap((t) =>
  t.grids.map((name, i) => ({
    code: gridCode(t.n, i + 1),
    parentCode: townshipCode(t.n),
    name,
    level: 'grid' as const,
    center: {
      lat: round6(t.center.lat + 0.008 * Math.cos((2 * Math.PI * i) / t.grids.length)),
      lng: round6(t.center.lng + 0.01 * Math.sin((2 * Math.PI * i) / t.grids.length)),
    },
  })),
);

export const demoJurisdictions: DemoJurisdiction[] = [
  { code: DEMO_PROVINCE_CODE, parentCode: null, name: DEMO_PROVINCE_NAME, level: 'province' },
  { code: DEMO_CITY_CODE, parentCode: DEMO_PROVINCE_CODE, name: DEMO_CITY_NAME, level: 'city' },
  {
    code: DEMO_COUNTY_CODE,
    parentCode: DEMO_CITY_CODE,
    name: DEMO_COUNTY_NAME,
    level: 'county',
    center: DEMO_COUNTY_CENTER,
  },
  ...demoTownships,
  ...demoGrids,
];

const byCode = new Map(demoJurisdictions.map((j) => [j.code, j]));

export function jurisdictionByCode(code: string): DemoJurisdiction | undefined {
  return byCode.get(code);
}

/** True when `code` is `ancestorCode` or lies below it in the tree. */
export function jurisdictionContains(ancestorCode: string, code: string): boolean {
  let current = byCode.get(code);
  while (current) {
    if (current.code === ancestorCode) return true;
    current = current.parentCode === null ? undefined : byCode.get(current.parentCode);
  }
  return false;
}

export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Township numbers by a pinyin slug, for readable references in the other data files. */
export const T = {
  chengguan: '001',
  qingxi: '002',
  baishi: '003',
  lingang: '004',
  taoyuan: '005',
  hekou: '006',
  donghu: '007',
  longshan: '008',
  shuanghe: '009',
} as const;
export type TownshipSlug = keyof typeof T;
