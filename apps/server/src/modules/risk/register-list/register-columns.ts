import {
  accidentTypes1986,
  controlHierarchyLabelZh,
  directReasonLabelZh,
  riskLevelLabelZh,
  type AssessmentMethod,
  type ControlHierarchy,
  type ControlTier,
  type DirectReason,
  type RiskLevel,
  type RiskUnitStatus,
} from '@shuangkong/contracts';

/**
 * The columns of the 风险管控清单 workbook, shared by the export, the import template and the
 * import, so that an exported file imports back unchanged. `computed` columns are written on
 * export and checked or ignored on import; `required` ones must be filled on every imported row.
 */
export const registerColumns = [
  { key: 'seq', header: '序号', width: 6, computed: true },
  { key: 'objectCode', header: '对象编码', width: 12, required: true },
  { key: 'objectName', header: '风险对象', width: 18, required: true },
  { key: 'unitCode', header: '单元编码', width: 12, required: true },
  { key: 'unitName', header: '辨识部位', width: 18, required: true },
  { key: 'eventName', header: '存在风险', width: 26, required: true },
  { key: 'factors', header: '危险有害因素', width: 26 },
  { key: 'inherentMethod', header: '固有风险评价方法', width: 12 },
  { key: 'inherentInputs', header: '固有风险评价参数', width: 18 },
  { key: 'inherentLevel', header: '固有风险等级', width: 10 },
  { key: 'residualMethod', header: '剩余风险评价方法', width: 12 },
  { key: 'residualInputs', header: '剩余风险评价参数', width: 18 },
  { key: 'residualLevel', header: '风险分级', width: 10 },
  { key: 'accidentTypes', header: '事故类型', width: 18 },
  { key: 'controlMeasures', header: '主要管控措施', width: 48 },
  { key: 'emergencyMeasures', header: '应急措施', width: 36 },
  { key: 'controlTier', header: '管控层级', width: 10 },
  { key: 'responsibleUnit', header: '责任部门', width: 14 },
  { key: 'responsibleUser', header: '责任人', width: 10 },
  { key: 'status', header: '状态', width: 8, computed: true },
] as const satisfies readonly {
  key: string;
  header: string;
  width: number;
  required?: boolean;
  computed?: boolean;
}[];

export type RegisterColumnKey = (typeof registerColumns)[number]['key'];
export type RegisterCells = Record<RegisterColumnKey, string>;

export const headerOf = (key: RegisterColumnKey): string =>
  registerColumns.find((c) => c.key === key)?.header ?? key;

export const methodLabel: Readonly<Record<AssessmentMethod, string>> = {
  lec: 'LEC',
  ls: 'LS',
  mes: 'MES',
  direct: '直接判定',
};
export const tierLabelZh: Readonly<Record<ControlTier, string>> = {
  company: '公司',
  department: '部门',
  workshop: '车间',
  team: '班组',
  post: '岗位',
};
export const statusLabelZh: Readonly<Record<RiskUnitStatus, string>> = {
  draft: '草稿',
  submitted: '待审核',
  reviewed: '待审定',
  approved: '已审定',
};

/** Multi-value cells: one value per line; commas and semicolons are accepted on import too. */
export const LIST_SEPARATOR = '\n';
export const splitList = (text: string): string[] =>
  text
    .split(/[\n\r;；、,，]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
export const splitLines = (text: string): string[] =>
  text
    .split(/[\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

export const directReasonLabels: Readonly<Record<DirectReason, string>> = directReasonLabelZh;

/** 'L=6;E=3;C=7', or for a direct determination '等级=重大;依据=其他;说明=…'. */
export function formatInputs(method: AssessmentMethod, inputs: unknown): string {
  if (typeof inputs !== 'object' || inputs === null) return '';
  const entries = Object.entries(inputs);
  if (method === 'direct') {
    const get = (k: string) => entries.find(([key]) => key === k)?.[1];
    const level = get('level');
    const reason = get('reason');
    const note = get('note');
    const parts = [
      `等级=${levelLabels.get(String(level)) ?? ''}`,
      `依据=${reasonLabels.get(String(reason)) ?? ''}`,
    ];
    if (typeof note === 'string' && note !== '') parts.push(`说明=${note}`);
    return parts.join(';');
  }
  return entries.map(([k, v]) => `${k.toUpperCase()}=${String(v)}`).join(';');
}

export const levelText = (level: RiskLevel | null): string => (level ? riskLevelLabelZh[level] : '');
export const measureLine = (hierarchy: ControlHierarchy | null, content: string): string =>
  hierarchy ? `【${controlHierarchyLabelZh[hierarchy]}】${content}` : content;

const accidentNames = new Map<string, string>(accidentTypes1986.map((a) => [a.code, a.nameZh]));
export const accidentTypeName = (code: string): string => accidentNames.get(code) ?? code;
const levelLabels = new Map<string, string>(Object.entries(riskLevelLabelZh));
const reasonLabels = new Map<string, string>(Object.entries(directReasonLabelZh));

/** A line's cells, each read by `get`; spelled out so that a new column cannot be forgotten. */
export function cellsFrom(get: (key: RegisterColumnKey) => string): RegisterCells {
  return {
    seq: get('seq'),
    objectCode: get('objectCode'),
    objectName: get('objectName'),
    unitCode: get('unitCode'),
    unitName: get('unitName'),
    eventName: get('eventName'),
    factors: get('factors'),
    inherentMethod: get('inherentMethod'),
    inherentInputs: get('inherentInputs'),
    inherentLevel: get('inherentLevel'),
    residualMethod: get('residualMethod'),
    residualInputs: get('residualInputs'),
    residualLevel: get('residualLevel'),
    accidentTypes: get('accidentTypes'),
    controlMeasures: get('controlMeasures'),
    emergencyMeasures: get('emergencyMeasures'),
    controlTier: get('controlTier'),
    responsibleUnit: get('responsibleUnit'),
    responsibleUser: get('responsibleUser'),
    status: get('status'),
  };
}
