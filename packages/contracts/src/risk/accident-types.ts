import { z } from 'zod';

/** GB 6441-1986 accident-type codes exactly as printed in the standard (01…09, then 010…020). */
export const accidentType1986Code = z.enum([
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '010',
  '011',
  '012',
  '013',
  '014',
  '015',
  '016',
  '017',
  '018',
  '019',
  '020',
]);
export type AccidentType1986Code = z.infer<typeof accidentType1986Code>;

export type AccidentType1986 = { code: AccidentType1986Code; nameZh: string; nameEn: string };

/** GB 6441-1986 《企业职工伤亡事故分类》, the 20 categories in printed order. */
export const accidentTypes1986: readonly AccidentType1986[] = [
  { code: '01', nameZh: '物体打击', nameEn: 'Struck by object' },
  { code: '02', nameZh: '车辆伤害', nameEn: 'Vehicle injury' },
  { code: '03', nameZh: '机械伤害', nameEn: 'Machinery injury' },
  { code: '04', nameZh: '起重伤害', nameEn: 'Lifting injury' },
  { code: '05', nameZh: '触电', nameEn: 'Electric shock' },
  { code: '06', nameZh: '淹溺', nameEn: 'Drowning' },
  { code: '07', nameZh: '灼烫', nameEn: 'Burns and scalds' },
  { code: '08', nameZh: '火灾', nameEn: 'Fire' },
  { code: '09', nameZh: '高处坠落', nameEn: 'Fall from height' },
  { code: '010', nameZh: '坍塌', nameEn: 'Collapse' },
  { code: '011', nameZh: '冒顶片帮', nameEn: 'Roof fall / rib spalling' },
  { code: '012', nameZh: '透水', nameEn: 'Water inrush' },
  { code: '013', nameZh: '放炮', nameEn: 'Blasting' },
  { code: '014', nameZh: '火药爆炸', nameEn: 'Gunpowder explosion' },
  { code: '015', nameZh: '瓦斯爆炸', nameEn: 'Firedamp explosion' },
  { code: '016', nameZh: '锅炉爆炸', nameEn: 'Boiler explosion' },
  { code: '017', nameZh: '容器爆炸', nameEn: 'Vessel explosion' },
  { code: '018', nameZh: '其他爆炸', nameEn: 'Other explosion' },
  { code: '019', nameZh: '中毒和窒息', nameEn: 'Poisoning and asphyxia' },
  { code: '020', nameZh: '其他伤害', nameEn: 'Other injury' },
];

/**
 * GB 6441-2025 basic-type codes (classification mode 1): `WSA1` + 4 digits, 0001…0026, and 0099
 * for 其他 (type 27), so fire (type 9) is WSA10009.
 */
export const accidentType2025Code = z.enum([
  'WSA10001',
  'WSA10002',
  'WSA10003',
  'WSA10004',
  'WSA10005',
  'WSA10006',
  'WSA10007',
  'WSA10008',
  'WSA10009',
  'WSA10010',
  'WSA10011',
  'WSA10012',
  'WSA10013',
  'WSA10014',
  'WSA10015',
  'WSA10016',
  'WSA10017',
  'WSA10018',
  'WSA10019',
  'WSA10020',
  'WSA10021',
  'WSA10022',
  'WSA10023',
  'WSA10024',
  'WSA10025',
  'WSA10026',
  'WSA10099',
]);
export type AccidentType2025Code = z.infer<typeof accidentType2025Code>;

/** `no` is the row number in GB 6441-2025 表1 (1…27). */
export type AccidentType2025 = { code: AccidentType2025Code; no: number; nameZh: string; nameEn: string };

/** GB 6441-2025 《生产安全事故分类与编码》 表1, the 27 basic types; in force 2026-07-01. */
export const accidentTypes2025: readonly AccidentType2025[] = [
  { code: 'WSA10001', no: 1, nameZh: '物体打击', nameEn: 'Struck by object' },
  { code: 'WSA10002', no: 2, nameZh: '厂(场)内车辆致害', nameEn: 'In-plant vehicle' },
  { code: 'WSA10003', no: 3, nameZh: '道路(轨道)车辆致害', nameEn: 'Road or rail vehicle' },
  { code: 'WSA10004', no: 4, nameZh: '机械致害', nameEn: 'Machinery' },
  { code: 'WSA10005', no: 5, nameZh: '起重致害', nameEn: 'Lifting' },
  { code: 'WSA10006', no: 6, nameZh: '触电', nameEn: 'Electric shock' },
  { code: 'WSA10007', no: 7, nameZh: '淹溺', nameEn: 'Drowning' },
  { code: 'WSA10008', no: 8, nameZh: '灼烫', nameEn: 'Burns and scalds' },
  { code: 'WSA10009', no: 9, nameZh: '火灾', nameEn: 'Fire' },
  { code: 'WSA10010', no: 10, nameZh: '高处坠落', nameEn: 'Fall from height' },
  { code: 'WSA10011', no: 11, nameZh: '跌落', nameEn: 'Fall (not from height)' },
  { code: 'WSA10012', no: 12, nameZh: '坍塌', nameEn: 'Collapse' },
  { code: 'WSA10013', no: 13, nameZh: '水害', nameEn: 'Water hazard' },
  { code: 'WSA10014', no: 14, nameZh: '容器爆炸', nameEn: 'Vessel explosion' },
  { code: 'WSA10015', no: 15, nameZh: '管道爆炸', nameEn: 'Pipeline explosion' },
  { code: 'WSA10016', no: 16, nameZh: '可燃气体爆炸', nameEn: 'Flammable gas explosion' },
  { code: 'WSA10017', no: 17, nameZh: '可燃液体蒸气爆炸', nameEn: 'Flammable liquid vapour explosion' },
  { code: 'WSA10018', no: 18, nameZh: '粉尘爆炸', nameEn: 'Dust explosion' },
  { code: 'WSA10019', no: 19, nameZh: '民用爆炸物品爆炸', nameEn: 'Civil explosives explosion' },
  { code: 'WSA10020', no: 20, nameZh: '烟花爆竹爆炸', nameEn: 'Fireworks explosion' },
  { code: 'WSA10021', no: 21, nameZh: '其他可燃固体爆炸', nameEn: 'Other combustible solid explosion' },
  { code: 'WSA10022', no: 22, nameZh: '高温熔融物爆炸', nameEn: 'Molten material explosion' },
  { code: 'WSA10023', no: 23, nameZh: '中毒', nameEn: 'Poisoning' },
  { code: 'WSA10024', no: 24, nameZh: '窒息', nameEn: 'Asphyxia' },
  { code: 'WSA10025', no: 25, nameZh: '滑坡', nameEn: 'Landslide' },
  { code: 'WSA10026', no: 26, nameZh: '泄漏', nameEn: 'Release' },
  { code: 'WSA10099', no: 27, nameZh: '其他', nameEn: 'Other' },
];

/** GB 6441-2025 表2, classification by injury severity (mode 2). */
export const accidentSeverity2025Code = z.enum(['WSA20001', 'WSA20002', 'WSA20003', 'WSA20004']);
export type AccidentSeverity2025Code = z.infer<typeof accidentSeverity2025Code>;

export const accidentSeverities2025: readonly {
  code: AccidentSeverity2025Code;
  nameZh: string;
  nameEn: string;
}[] = [
  { code: 'WSA20001', nameZh: '零伤亡事故', nameEn: 'No casualties' },
  { code: 'WSA20002', nameZh: '轻伤事故', nameEn: 'Minor injury' },
  { code: 'WSA20003', nameZh: '重伤事故', nameEn: 'Serious injury' },
  { code: 'WSA20004', nameZh: '死亡事故', nameEn: 'Fatal' },
];

/**
 * Correspondence between the editions, as edges. Neither standard publishes this table; it is our
 * reading of the category definitions, so it is many-to-many and meant for migrating and
 * comparing data, never for re-classifying an accident automatically. Notable readings:
 * 1986 其他伤害 covered 跌伤 (falls on the level), hence 跌落 → 020; 1986 瓦斯爆炸 included coal-dust
 * explosions, hence 015 → 粉尘爆炸 as well; 2025 泄漏 (release without other harm) had no 1986 home
 * and falls back to 其他伤害.
 */
export const accidentTypeMapping: readonly {
  code1986: AccidentType1986Code;
  code2025: AccidentType2025Code;
}[] = [
  { code1986: '01', code2025: 'WSA10001' },
  { code1986: '02', code2025: 'WSA10002' },
  { code1986: '02', code2025: 'WSA10003' },
  { code1986: '03', code2025: 'WSA10004' },
  { code1986: '04', code2025: 'WSA10005' },
  { code1986: '05', code2025: 'WSA10006' },
  { code1986: '06', code2025: 'WSA10007' },
  { code1986: '07', code2025: 'WSA10008' },
  { code1986: '08', code2025: 'WSA10009' },
  { code1986: '09', code2025: 'WSA10010' },
  { code1986: '010', code2025: 'WSA10012' },
  { code1986: '010', code2025: 'WSA10025' },
  { code1986: '011', code2025: 'WSA10012' },
  { code1986: '012', code2025: 'WSA10013' },
  { code1986: '013', code2025: 'WSA10019' },
  { code1986: '014', code2025: 'WSA10019' },
  { code1986: '014', code2025: 'WSA10020' },
  { code1986: '015', code2025: 'WSA10016' },
  { code1986: '015', code2025: 'WSA10018' },
  { code1986: '016', code2025: 'WSA10014' },
  { code1986: '017', code2025: 'WSA10014' },
  { code1986: '017', code2025: 'WSA10015' },
  { code1986: '018', code2025: 'WSA10015' },
  { code1986: '018', code2025: 'WSA10016' },
  { code1986: '018', code2025: 'WSA10017' },
  { code1986: '018', code2025: 'WSA10018' },
  { code1986: '018', code2025: 'WSA10021' },
  { code1986: '018', code2025: 'WSA10022' },
  { code1986: '019', code2025: 'WSA10023' },
  { code1986: '019', code2025: 'WSA10024' },
  { code1986: '020', code2025: 'WSA10011' },
  { code1986: '020', code2025: 'WSA10026' },
  { code1986: '020', code2025: 'WSA10099' },
];

/** GB 6441-2025 types that correspond to a 1986 category (at least one). */
export function accidentType1986To2025(code: AccidentType1986Code): AccidentType2025Code[] {
  return accidentTypeMapping.filter((edge) => edge.code1986 === code).map((edge) => edge.code2025);
}

/** GB 6441-1986 categories that correspond to a 2025 type (at least one). */
export function accidentType2025To1986(code: AccidentType2025Code): AccidentType1986Code[] {
  return accidentTypeMapping.filter((edge) => edge.code2025 === code).map((edge) => edge.code1986);
}
