import { z } from 'zod';
import { phoneNumber } from '../common.ts';

/** 经营状态: 在营, 停产, 停业, 关闭. */
export const operatingStatus = z.enum(['operating', 'productionStopped', 'businessSuspended', 'closed']);
export type OperatingStatus = z.infer<typeof operatingStatus>;
export const operatingStatusLabelZh: Readonly<Record<OperatingStatus, string>> = {
  operating: '在营',
  productionStopped: '停产',
  businessSuspended: '停业',
  closed: '关闭',
};

/** 安全生产标准化等级. */
export const standardisationGrade = z.enum(['grade1', 'grade2', 'grade3', 'none']);
export type StandardisationGrade = z.infer<typeof standardisationGrade>;
export const standardisationGradeLabelZh: Readonly<Record<StandardisationGrade, string>> = {
  grade1: '一级',
  grade2: '二级',
  grade3: '三级',
  none: '未达标',
};

/**
 * The 18 hazardous chemical processes under key supervision (重点监管危险化工工艺, 安监总管三〔2009〕116号
 * and 〔2013〕3号), in the national list's order; the code is the list number.
 */
export const keyHazardousProcesses = [
  { code: '01', nameZh: '光气及光气化工艺' },
  { code: '02', nameZh: '电解工艺（氯碱）' },
  { code: '03', nameZh: '氯化工艺' },
  { code: '04', nameZh: '硝化工艺' },
  { code: '05', nameZh: '合成氨工艺' },
  { code: '06', nameZh: '裂解（裂化）工艺' },
  { code: '07', nameZh: '氟化工艺' },
  { code: '08', nameZh: '加氢工艺' },
  { code: '09', nameZh: '重氮化工艺' },
  { code: '10', nameZh: '氧化工艺' },
  { code: '11', nameZh: '过氧化工艺' },
  { code: '12', nameZh: '胺基化工艺' },
  { code: '13', nameZh: '磺化工艺' },
  { code: '14', nameZh: '聚合工艺' },
  { code: '15', nameZh: '烷基化工艺' },
  { code: '16', nameZh: '新型煤化工工艺' },
  { code: '17', nameZh: '电石生产工艺' },
  { code: '18', nameZh: '偶氮化工艺' },
] as const;
export const keyHazardousProcess = z.enum(
  keyHazardousProcesses.map((p) => p.code) as [(typeof keyHazardousProcesses)[number]['code'], ...string[]],
);

/** A person the platform reaches in an emergency. */
const reachablePerson = z.object({ name: z.string().trim().min(1).max(20), phone: phoneNumber });

/**
 * The enterprise's identifiers and facts the national data model asks for (两重点一重大 included);
 * "has a major hazard source" is derived from the risk register, never entered.
 */
export const enterpriseFactsFields = {
  /** The 9-digit enterprise code of the hazardous-chemical registration system, where one was issued. */
  hazardousChemicalCode: z
    .string()
    .regex(/^\d{9}$/, 'must be the 9 digits issued by the hazardous-chemical registration system')
    .nullable()
    .optional(),
  legalRepresentative: z.string().trim().min(1).max(20).nullable().optional(),
  safetyLead: reachablePerson.nullable().optional(),
  /** 24-hour duty phone. */
  dutyPhone: phoneNumber.nullable().optional(),
  industrialPark: z.string().trim().min(1).max(100).nullable().optional(),
  operatingStatus: operatingStatus.optional(),
  standardisationGrade: standardisationGrade.optional(),
  keyProcesses: z
    .array(keyHazardousProcess)
    .max(18)
    .refine((codes) => new Set(codes).size === codes.length, 'each process may appear once')
    .optional(),
  /** Key-supervised hazardous chemicals stored or used, by name as the national lists print them. */
  keyChemicals: z.array(z.string().trim().min(1).max(50)).max(100).optional(),
};

export const enterpriseFacts = z.object({
  hazardousChemicalCode: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  safetyLead: z.object({ name: z.string(), phone: z.string() }).nullable(),
  dutyPhone: z.string().nullable(),
  industrialPark: z.string().nullable(),
  operatingStatus,
  standardisationGrade,
  keyProcesses: z.array(z.string()),
  keyChemicals: z.array(z.string()),
  /** Derived from the risk register: at least one major hazard source (GB 18218) in use. */
  hasMajorHazardSource: z.boolean(),
});
export type EnterpriseFacts = z.infer<typeof enterpriseFacts>;
