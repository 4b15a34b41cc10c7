import { cardSafetySign } from './safety-signs.ts';
import { z } from 'zod';
import { orgUnitKind } from '../identity/org-unit.ts';
import { riskColor, riskLevel } from './levels.ts';
import { majorSourceListItem } from './major-source.ts';

// Data for the print artefacts (公告栏, 告知卡, 应急处置卡). The web lays them out and prints; the
// server assembles them from the live register so a reprint is always current.

export const cardPostParams = z.object({ enterpriseId: z.uuid(), postId: z.uuid() });

export const cardPhone = z.object({ label: z.string(), name: z.string().nullable(), phone: z.string() });
export type CardPhone = z.infer<typeof cardPhone>;

export const cardAccidentType = z.object({ code: z.string(), nameZh: z.string() });

export const cardMeasure = z.object({
  content: z.string(),
  /** Control measures only: 消除 … 个体防护; null for emergency measures. */
  hierarchy: z.string().nullable(),
});

export const cardPerson = z.object({ name: z.string(), phone: z.string().nullable() }).nullable();

/** A major or significant unit as the 安全风险公告栏 lists it. */
export const riskBoardUnit = z.object({
  unitId: z.uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  objectName: z.string(),
  level: riskLevel,
  color: riskColor,
  mainRisks: z.array(z.string()),
  accidentTypes: z.array(cardAccidentType),
  keyMeasures: z.array(z.string()),
  emergencyMeasures: z.array(z.string()),
  responsible: cardPerson,
});
export type RiskBoardUnit = z.infer<typeof riskBoardUnit>;

export const riskBoard = z.object({
  enterpriseName: z.string(),
  /** 企业整体安全风险等级: highest unit level, floored by major-source grades. */
  overallLevel: riskLevel.nullable(),
  overallColor: riskColor.nullable(),
  levelCounts: z.object({
    major: z.number().int(),
    significant: z.number().int(),
    general: z.number().int(),
    low: z.number().int(),
  }),
  units: z.array(riskBoardUnit),
  majorSources: z.array(majorSourceListItem),
  /** All accident types present in the register, for the "本企业存在以下风险类型" block. */
  accidentTypes: z.array(cardAccidentType),
  emergencyPhones: z.array(cardPhone),
  /** YYYY-MM-DD (Asia/Shanghai) of the latest change to the register's units or major sources. */
  updatedDate: z.string().nullable(),
  generatedAt: z.string(),
});
export type RiskBoard = z.infer<typeof riskBoard>;

export const cardOrgUnit = z.object({ id: z.uuid(), name: z.string(), kind: orgUnitKind });

export const postCardUnit = z.object({
  unitId: z.uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  objectName: z.string(),
  level: riskLevel.nullable(),
  color: riskColor.nullable(),
  /** Opens the live unit on a phone: `${PUBLIC_URL}/m/risk-units/<unitId>`; printed as a QR code. */
  unitUrl: z.string(),
  mainRisks: z.array(z.string()),
  accidentTypes: z.array(cardAccidentType),
  consequences: z.array(z.string()),
  controlMeasures: z.array(cardMeasure),
  emergencyMeasures: z.array(z.string()),
  /** 危害因素 (GB/T 13861) of the unit's events, each once, with the note that names it here. */
  hazardFactors: z.array(z.object({ code: z.string(), nameZh: z.string().nullable(), note: z.string() })),
  /** GB 2894 safety signs posted at the unit, in print order. */
  safetySigns: z.array(cardSafetySign),
  responsible: cardPerson,
});
export type PostCardUnit = z.infer<typeof postCardUnit>;

export const cardKind = z.enum(['post', 'emergency']);
export type CardKind = z.infer<typeof cardKind>;

/** The last time a card was printed: when, by whom, and a hash of what it said. */
export const cardPrint = z.object({
  printedAt: z.string(),
  printedByName: z.string().nullable(),
  contentHash: z.string(),
});

/** Whether the printed card on the wall still says what the register says. */
export const cardPrintStatus = z.object({
  /** A hash of the card's content now; recorded with a print. */
  contentHash: z.string(),
  lastPrint: cardPrint.nullable(),
  /** Printed before, and the content changed since: reprint it. */
  outOfDate: z.boolean(),
});
export type CardPrintStatus = z.infer<typeof cardPrintStatus>;

export const cardPrintInput = z.object({
  kind: cardKind,
  /** The contentHash of the card as it was printed. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest'),
});
export type CardPrintInput = z.infer<typeof cardPrintInput>;

/** 岗位安全风险告知卡. */
export const postRiskCard = z.object({
  enterpriseName: z.string(),
  post: z.object({ id: z.uuid(), name: z.string() }),
  /** From the top department down to the post's parent. */
  departmentChain: z.array(cardOrgUnit),
  level: riskLevel.nullable(),
  color: riskColor.nullable(),
  units: z.array(postCardUnit),
  /** Union over the units, each once, in the order met. */
  accidentTypes: z.array(cardAccidentType),
  /** Union of the units' safety signs, each once, in print order (警告 → 禁止 → 指令 → 提示). */
  safetySigns: z.array(cardSafetySign),
  report: z.object({
    /** 报告方式, e.g. 发现异常立即向班组长、车间主任报告… */
    method: z.string(),
    phones: z.array(cardPhone),
  }),
  updatedDate: z.string().nullable(),
  generatedAt: z.string(),
  print: cardPrintStatus,
});
export type PostRiskCard = z.infer<typeof postRiskCard>;

/** 应急处置卡: per event (险情/事故), the steps to take. */
export const emergencyCard = z.object({
  enterpriseName: z.string(),
  post: z.object({ id: z.uuid(), name: z.string() }),
  departmentChain: z.array(cardOrgUnit),
  scenarios: z.array(
    z.object({
      eventId: z.uuid(),
      eventName: z.string(),
      unitName: z.string(),
      accidentTypes: z.array(cardAccidentType),
      steps: z.array(z.string()),
    }),
  ),
  contacts: z.object({ internal: z.array(cardPhone), external: z.array(cardPhone) }),
  /** 注意事项. */
  notes: z.array(z.string()),
  updatedDate: z.string().nullable(),
  generatedAt: z.string(),
  print: cardPrintStatus,
});
export type EmergencyCard = z.infer<typeof emergencyCard>;

export const cardPostListItem = z.object({
  postId: z.uuid(),
  postName: z.string(),
  /** Department, workshop and team names above the post, joined with ' / '. */
  path: z.string(),
  unitCount: z.number().int(),
  level: riskLevel.nullable(),
  color: riskColor.nullable(),
  /** Per card kind: never printed, printed and current, or printed and out of date. */
  printed: z.object({
    post: z.enum(['never', 'current', 'outOfDate']),
    emergency: z.enum(['never', 'current', 'outOfDate']),
  }),
});
export type CardPostListItem = z.infer<typeof cardPostListItem>;
