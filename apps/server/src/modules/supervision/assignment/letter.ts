import type { AssignmentLetter, RiskLevel } from '@shuangkong/contracts';

const levelName: Record<RiskLevel, string> = {
  major: '重大',
  significant: '较大',
  general: '一般',
  low: '低',
};

/**
 * 成文日期 as GB/T 9704-2012 §7.3.5.1 asks: Arabic numerals, the year in full, month and day
 * without a leading zero (2026年12月4日).
 */
export function documentDateText(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export type LetterFacts = {
  issuerName: string;
  docNumber: string;
  enterpriseName: string;
  unitName: string;
  objectName: string;
  level: RiskLevel;
  gradedOn: string;
  accidentTypes: readonly string[];
  measures: readonly string[];
  respondBy: string;
  issuedOn: string;
  note?: string | undefined;
};

/**
 * The 交办函 of one risk: what was graded, what the enterprise must do and by when (seed 002: 交办制,
 * 通报制 — 公告栏 and 告知卡 for significant and major risks; 销号制 — the principal signs the
 * close-out once the risk is lowered).
 */
export function buildLetter(f: LetterFacts): AssignmentLetter {
  const level = levelName[f.level];
  const accidents = f.accidentTypes.length > 0 ? f.accidentTypes.join('、') : '生产安全事故';
  const paragraphs = [
    `根据你单位安全风险分级管控台账，你单位“${f.objectName}”的“${f.unitName}”于${documentDateText(f.gradedOn)}经评估确定为${level}安全风险，可能导致${accidents}。按照“谁主管、谁负责”的原则和风险分级管控“交办制”要求，现将该风险交由你单位负责治理，有关要求如下：`,
  ];
  const requirements = [
    `落实治理主体责任。你单位主要负责人是该风险治理的第一责任人，须明确治理责任人员、措施、资金、时限和应急预案，确保该风险始终处于受控状态。`,
    f.measures.length > 0
      ? `严格落实已确定的管控措施：${f.measures.map((m, i) => `（${i + 1}）${m}`).join('；')}。`
      : `针对该风险制定并落实工程技术、管理、培训教育、个体防护和应急处置等管控措施。`,
    `在醒目位置和重点区域设置安全风险公告栏，制作岗位安全风险告知卡，标明主要安全风险、危害因素、风险预防、事故后果、应急措施及报告方式等内容。`,
    `于${documentDateText(f.respondBy)}前通过双重预防机制信息平台签收本函并报告管控措施落实情况；治理期间接受每周调度、每月通报。`,
    `经采取防控措施将该风险降低为一般风险或低风险后，由你单位主要负责人签字确认，通过平台向我局提出销号申请，我局将于10个工作日内组织核查。`,
    ...(f.note ? [f.note] : []),
  ];
  return {
    issuerName: f.issuerName,
    docNumber: f.docNumber,
    title: `关于交办${f.enterpriseName}${level}安全风险治理的函`,
    addressee: f.enterpriseName,
    paragraphs,
    requirements,
    unitName: f.unitName,
    objectName: f.objectName,
    level: f.level,
    accidentTypes: [...f.accidentTypes],
    measures: [...f.measures],
    respondBy: f.respondBy,
    signatory: f.issuerName,
    issuedOn: f.issuedOn,
    issuedOnText: documentDateText(f.issuedOn),
    copyTo: '县安全生产委员会办公室',
    printedBy: f.issuerName,
  };
}
