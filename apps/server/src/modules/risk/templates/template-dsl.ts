import {
  measureClassify1Of,
  type ControlHierarchy,
  type IdentificationState,
  type IdentificationTense,
  type IndustryCode,
  type MeasureClassify2,
  type TemplateMeasure,
} from '@shuangkong/contracts';

// A compact way to write the industry libraries: the data files read like the 风险管控清单 an
// engineer would draw up, and expandTemplate() turns them into the full contract shape.

/** LEC factor values [L, E, C]. */
export type Lec = readonly [number, number, number];

export type AuthorEvent = {
  name: string;
  /** GB/T 13861 codes. */
  factors: readonly string[];
  /** GB 6441-1986 codes; '018:WSA10017' pins the 2025 type where the 1986 code maps to several. */
  accidents: readonly string[];
  state?: IdentificationState;
  tense?: IdentificationTense;
  consequences: string;
  inherent: Lec;
  residual: Lec;
  measures: readonly TemplateMeasure[];
};

export type AuthorUnit = {
  key: string;
  code: string;
  name: string;
  description: string;
  events: readonly AuthorEvent[];
};

export type AuthorObject = {
  code: string;
  name: string;
  kind: 'facility' | 'area' | 'device' | 'activity';
  units: readonly AuthorUnit[];
};

export type AuthorLibrary = {
  industryCode: IndustryCode;
  nameZh: string;
  /** Further industry codes the library serves. */
  alsoServes?: readonly IndustryCode[];
  objects: readonly AuthorObject[];
};

function control(hierarchy: ControlHierarchy, classify2: MeasureClassify2) {
  return (content: string, troubleshootContent: string, failureSign: string): TemplateMeasure => ({
    kind: 'control',
    hierarchy,
    classify1: measureClassify1Of(classify2),
    classify2,
    content,
    troubleshootContent,
    failureSign,
  });
}

/** 工程控制 measures by national classify2: 工艺控制, 关键设备/部件, 安全附件, 安全仪表. */
export const eng = {
  process: control('engineering', '1-1'),
  equipment: control('engineering', '1-2'),
  fitting: control('engineering', '1-3'),
  instrument: control('engineering', '1-4'),
  other: control('engineering', '1-5'),
};
/** 消除 / 替代: design choices that remove or swap the hazard. */
export const elimination = control('elimination', '1-1');
export const substitution = control('substitution', '1-1');
/** 管理控制 measures: maintenance of rotating / static equipment, qualifications, records, handover. */
export const adm = {
  rotating: control('administrative', '2-1'),
  static: control('administrative', '2-2'),
  qualification: control('administrative', '3-1'),
  record: control('administrative', '3-2'),
  handover: control('administrative', '3-3'),
};
export const ppe = control('ppe', '4-2');

/**
 * What a check of an emergency measure looks at when the library says nothing more specific: an
 * investigation measure goes to the provincial platform with its check content.
 */
const emergencyCheck: Readonly<Partial<Record<MeasureClassify2, string>>> = {
  '4-4': '检查现场处置方案是否在岗位张贴、岗位人员是否熟悉处置步骤、所需应急器材是否齐全完好',
};
const defaultEmergencyCheck = '检查该应急措施所需的设施、器材是否齐全完好、在有效期内，人员是否会用';

function emergency(classify2: MeasureClassify2) {
  return (content: string, troubleshootContent = '', failureSign = ''): TemplateMeasure => ({
    kind: 'emergency',
    hierarchy: null,
    classify1: measureClassify1Of(classify2),
    classify2,
    content,
    troubleshootContent: troubleshootContent || (emergencyCheck[classify2] ?? defaultEmergencyCheck),
    failureSign,
  });
}

/** 应急措施: 应急设施, 消防设施, 应急预案 (处置步骤), 其他. */
export const emg = {
  facility: emergency('4-1'),
  fire: emergency('4-3'),
  plan: emergency('4-4'),
  other: emergency('4-5'),
};
