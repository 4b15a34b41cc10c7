import { z } from 'zod';

/** GB/T 13861 top-level classes: 1 人, 2 物, 3 环境, 4 管理. */
export const riskFactorCategory = z.enum(['human', 'equipment', 'environment', 'management']);
export type RiskFactorCategory = z.infer<typeof riskFactorCategory>;

export const riskFactorCategoryLabelZh: Readonly<Record<RiskFactorCategory, string>> = {
  human: '人的因素',
  equipment: '物的因素',
  environment: '环境因素',
  management: '管理因素',
};

export const riskFactorCategoryCode: Readonly<Record<RiskFactorCategory, string>> = {
  human: '1',
  equipment: '2',
  environment: '3',
  management: '4',
};

/**
 * A GB/T 13861-2022 code: digit 1 大类, digit 2 中类, digits 3–4 小类, digits 5–6 细类. The code list
 * below is partial (only what STANDARDS §3 could verify), so the schema checks the shape and the
 * class digit, not membership: an enterprise may use a real code we have not listed.
 */
export const riskFactorCode = z
  .string()
  .regex(/^[1-4](\d|\d{3}|\d{5})?$/, 'GB/T 13861 code: 1, 2, 4 or 6 digits, starting 1–4');
export type RiskFactorCode = z.infer<typeof riskFactorCode>;

/** How sure STANDARDS §3 is of an entry: V verified, P partly verified, X sources conflict. */
export type RiskFactorSourceTag = 'V' | 'P' | 'X';

export type RiskFactorEntry = {
  code: string;
  nameZh: string;
  parentCode: string | null;
  /** The 2022 wording where STANDARDS says it differs from the 2009 one kept in nameZh. */
  altNameZh?: string;
  source: RiskFactorSourceTag;
};

const entry = (
  code: string,
  nameZh: string,
  source: RiskFactorSourceTag = 'V',
  altNameZh?: string,
): RiskFactorEntry => ({
  code,
  nameZh,
  parentCode: riskFactorParentCode(code),
  source,
  ...(altNameZh === undefined ? {} : { altNameZh }),
});

/** The GB/T 13861 codes that STANDARDS §3 lists, parents before children. */
export const riskFactors: readonly RiskFactorEntry[] = [
  entry('1', '人的因素'),
  entry('11', '心理、生理性危险和有害因素'),
  entry('1101', '负荷超限'),
  entry('110101', '体力负荷超限'),
  entry('110102', '听力负荷超限'),
  entry('110103', '视力负荷超限'),
  entry('110199', '其他负荷超限'),
  entry('1102', '健康状况异常'),
  entry('1103', '从事禁忌作业'),
  entry('1104', '心理异常'),
  entry('110401', '情绪异常'),
  entry('110402', '冒险心理'),
  entry('110403', '过度紧张'),
  entry('110499', '其他心理异常'),
  entry('1105', '辨识功能缺陷'),
  entry('110501', '感知延迟'),
  entry('110502', '辨识错误'),
  entry('110599', '其他辨识功能缺陷'),
  entry('1199', '其他心理、生理性危险和有害因素'),
  entry('12', '行为性危险和有害因素'),
  entry('1201', '指挥错误'),
  entry('120101', '指挥失误'),
  entry('120102', '违章指挥'),
  entry('120199', '其他指挥错误'),
  entry('1202', '操作错误'),
  entry('120201', '误操作'),
  entry('120202', '违章作业'),
  entry('120299', '其他操作错误'),
  entry('1203', '监护失误'),
  entry('1299', '其他行为性危险和有害因素'),
  entry('2', '物的因素'),
  entry('21', '物理性危险和有害因素'),
  entry('2101', '设备、设施、工具、附件缺陷'),
  entry('210101', '强度不够'),
  entry('210102', '刚度不够'),
  entry('210103', '稳定性差'),
  entry('210104', '密封不良'),
  entry('210105', '耐腐蚀性差'),
  entry('210106', '应力集中'),
  entry('210107', '外形缺陷'),
  entry('210108', '外露运动件'),
  entry('210109', '操纵器缺陷'),
  entry('210110', '制动器缺陷'),
  entry('210111', '限制器缺陷'),
  entry('210199', '其他设备、设施、工具、附件缺陷'),
  entry('2102', '防护缺陷'),
  entry('210201', '无防护'),
  entry('210202', '防护装置、设施缺陷'),
  entry('2103', '电伤害', 'P'),
  entry('2104', '噪声', 'P'),
  entry('2105', '振动危害', 'P'),
  entry('2106', '电离辐射', 'P'),
  entry('2107', '非电离辐射', 'P'),
  entry('2108', '运动物伤害', 'P'),
  entry('2109', '明火', 'P'),
  entry('2110', '高温物质', 'P'),
  entry('2111', '低温物质', 'P'),
  entry('2112', '信号缺陷', 'P'),
  entry('2113', '标志（标识）缺陷', 'P'),
  entry('2114', '有害光照', 'P'),
  entry('2199', '其他物理性危险和有害因素', 'P'),
  entry('22', '化学性危险和有害因素'),
  entry('23', '生物性危险和有害因素'),
  entry('3', '环境因素'),
  entry('31', '室内作业场所环境不良'),
  entry('32', '室外作业场所环境不良'),
  entry('33', '地下（含水下）作业环境不良'),
  entry('39', '其他作业环境不良'),
  entry('4', '管理因素'),
  entry('41', '职业安全卫生组织机构不健全', 'P', '机构设置和人员配备不健全'),
  entry('42', '职业安全卫生责任制未落实', 'P'),
  entry('43', '职业安全卫生管理规章制度不完善', 'P'),
  entry('44', '职业安全卫生投入不足', 'P'),
  entry('45', '职业健康管理不完善', 'X', '应急管理缺陷'),
  entry('49', '其他管理因素缺陷', 'P'),
];

/** Parent by the code's own structure: 6 → 4 → 2 → 1 digits; a class code has none. */
export function riskFactorParentCode(code: string): string | null {
  if (code.length === 6) return code.slice(0, 4);
  if (code.length === 4) return code.slice(0, 2);
  if (code.length === 2) return code.slice(0, 1);
  return null;
}

/** The top-level class a code belongs to, read from its first digit. */
export function riskFactorCategoryOf(code: string): RiskFactorCategory | null {
  const category = riskFactorCategory.options.find((c) => riskFactorCategoryCode[c] === code.charAt(0));
  return category ?? null;
}

/** The listed entry for a code, if we have it. */
export function findRiskFactor(code: string): RiskFactorEntry | undefined {
  return riskFactors.find((f) => f.code === code);
}

/** Listed direct children of a code (null for the four classes). */
export function riskFactorChildren(parentCode: string | null): RiskFactorEntry[] {
  return riskFactors.filter((f) => f.parentCode === parentCode);
}
