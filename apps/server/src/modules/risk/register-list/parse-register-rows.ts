import {
  accidentTypes1986,
  assessmentInput,
  controlHierarchy,
  controlHierarchyLabelZh,
  directReasonLabelZh,
  riskFactorCode,
  riskLevel,
  riskLevelLabelZh,
  type AccidentType1986Code,
  type AssessmentInput,
  type AssessmentResult,
  type ControlHierarchy,
  type RegisterImportError,
  type RiskLevel,
} from '@shuangkong/contracts';
import { EngineValidationError } from '../engine/engine.errors.ts';
import { evaluateAssessment } from '../engine/evaluate-assessment.ts';
import type { AnyTableSet } from '../engine/factor-tables.ts';
import type { Tier, UnitStatus } from '../risk.tables.ts';
import {
  headerOf,
  registerColumns,
  splitLines,
  splitList,
  tierLabelZh,
  type RegisterCells,
  type RegisterColumnKey,
} from './register-columns.ts';
import { levelByLabel } from './register-workbook.ts';

export type Evaluated = { input: AssessmentInput; result: AssessmentResult };

/** One valid workbook line, ready to write. */
export type ParsedRow = {
  row: number;
  objectCode: string;
  objectName: string;
  unitCode: string;
  unitName: string;
  eventName: string;
  factorCodes: string[];
  accidentTypes: AccidentType1986Code[];
  inherent: Evaluated | null;
  residual: Evaluated | null;
  controlMeasures: { hierarchy: ControlHierarchy; content: string }[];
  emergencyMeasures: string[];
  controlTier: Tier | null;
  responsibleUnitId: string | null;
  responsibleUserId: string | null;
};

/** What the rows are checked against: the enterprise's people, departments, register and tables. */
export type ImportLookups = {
  orgUnitsByName: ReadonlyMap<string, readonly string[]>;
  usersByName: ReadonlyMap<string, readonly string[]>;
  existingUnits: ReadonlyMap<string, { objectCode: string; status: UnitStatus; isArchived: boolean }>;
  archivedObjectCodes: ReadonlySet<string>;
  tables: { lec: AnyTableSet; ls: AnyTableSet; mes: AnyTableSet };
};

const reverse = <K extends string>(labels: Readonly<Record<K, string>>) =>
  new Map<string, K>(
    (Object.keys(labels) as K[]).flatMap((k): [string, K][] => [
      [labels[k], k],
      [k, k],
    ]),
  );
const accidentByName = new Map<string, AccidentType1986Code>(
  accidentTypes1986.flatMap((a): [string, AccidentType1986Code][] => [
    [a.nameZh, a.code],
    [a.code, a.code],
  ]),
);
const hierarchyByLabel = reverse(controlHierarchyLabelZh);
const tierByLabel = reverse(tierLabelZh);
const reasonByLabel = reverse(directReasonLabelZh);
const levelByText = new Map<string, RiskLevel>([
  ...levelByLabel,
  ...riskLevel.options.map((l): [string, RiskLevel] => [l, l]),
]);
const methodByText = new Map<string, AssessmentInput['method']>([
  ['lec', 'lec'],
  ['ls', 'ls'],
  ['mes', 'mes'],
  ['直接判定', 'direct'],
  ['direct', 'direct'],
]);
const MEASURE_LINE = /^[【[]\s*([^】\]]+?)\s*[】\]]\s*(.+)$/;
const CODE_MAX = 50;
const NAME_MAX = 200;

/**
 * Validates every line of an imported register and reports every problem as {row, column,
 * reason}: required cells, lengths, codes against the code lists, assessment inputs through the
 * scoring engine, departments and people by name, and the consistency of units and objects across
 * lines and with what the enterprise already has. Pure, so the rules are tested without a database.
 */
export function parseRegisterRows(
  lines: readonly { row: number; cells: RegisterCells }[],
  lookups: ImportLookups,
): { rows: ParsedRow[]; errors: RegisterImportError[] } {
  const errors: RegisterImportError[] = [];
  const rows: ParsedRow[] = [];
  const objects = new Map<string, { name: string; row: number }>();
  const units = new Map<string, { objectCode: string; name: string; row: number }>();
  for (const { row, cells } of lines) {
    const fail = (key: RegisterColumnKey, reason: string) =>
      errors.push({ row, column: headerOf(key), reason });
    const before = errors.length;
    const text = (key: RegisterColumnKey, max: number, required: boolean) => {
      const v = cells[key].trim();
      if (required && v === '') fail(key, '必填');
      else if (v.length > max) fail(key, `不能超过 ${max} 个字符`);
      return v;
    };
    const objectCode = text('objectCode', CODE_MAX, true);
    const objectName = text('objectName', NAME_MAX, true);
    const unitCode = text('unitCode', CODE_MAX, true);
    const unitName = text('unitName', NAME_MAX, true);
    const eventName = text('eventName', NAME_MAX, true);

    const seenObject = objects.get(objectCode);
    if (objectCode && seenObject && seenObject.name !== objectName)
      fail('objectName', `与第 ${seenObject.row} 行同一对象编码的名称不一致`);
    else if (objectCode && !seenObject) objects.set(objectCode, { name: objectName, row });
    const seenUnit = units.get(unitCode);
    if (!unitCode || !objectCode) {
      // Nothing to compare against: the missing code is already reported.
    } else if (seenUnit) {
      if (seenUnit.objectCode !== objectCode)
        fail('objectCode', `单元 ${unitCode} 在第 ${seenUnit.row} 行属于对象 ${seenUnit.objectCode}`);
      if (seenUnit.name !== unitName) fail('unitName', `与第 ${seenUnit.row} 行同一单元编码的名称不一致`);
    } else units.set(unitCode, { objectCode, name: unitName, row });
    const existing = lookups.existingUnits.get(unitCode);
    if (lookups.archivedObjectCodes.has(objectCode)) fail('objectCode', '该对象编码已被已归档的对象使用');
    if (existing?.isArchived) fail('unitCode', '该单元编码已被已归档的单元使用');
    else if (existing && existing.objectCode !== objectCode)
      fail('unitCode', `单元编码已用于对象 ${existing.objectCode}`);
    else if (existing && existing.status !== 'draft')
      fail('unitCode', '该单元已提交审批或已审定，不能导入新的风险事件');

    const factorCodes = splitFactors(cells.factors);
    for (const code of factorCodes)
      if (!riskFactorCode.safeParse(code).success) fail('factors', `“${code}”不是 GB/T 13861 代码`);
    const accidentTypes = splitList(cells.accidentTypes)
      .map((name) => {
        const code = accidentByName.get(name);
        if (!code) fail('accidentTypes', `未知事故类型“${name}”`);
        return code ? [code] : [];
      })
      .flat();
    const inherent = parseAssessment(cells, 'inherent', lookups, fail);
    const residual = parseAssessment(cells, 'residual', lookups, fail);
    const controlMeasures = splitLines(cells.controlMeasures).flatMap((line) => {
      const m = MEASURE_LINE.exec(line);
      const hierarchy = m?.[1] ? hierarchyByLabel.get(m[1]) : undefined;
      if (!m?.[2] || !hierarchy) {
        fail(
          'controlMeasures',
          `“${line.slice(0, 20)}”须以【${controlHierarchy.options.map((h) => controlHierarchyLabelZh[h]).join('/')}】开头`,
        );
        return [];
      }
      return [{ hierarchy, content: m[2].trim() }];
    });
    const emergencyMeasures = splitLines(cells.emergencyMeasures);
    const tierText = cells.controlTier.trim();
    const controlTier = tierText ? (tierByLabel.get(tierText) ?? null) : null;
    if (tierText && !controlTier) fail('controlTier', `未知管控层级“${tierText}”`);
    const responsibleUnitId = byName(cells.responsibleUnit, lookups.orgUnitsByName, '部门', (r) =>
      fail('responsibleUnit', r),
    );
    const responsibleUserId = byName(cells.responsibleUser, lookups.usersByName, '人员', (r) =>
      fail('responsibleUser', r),
    );

    if (errors.length > before) continue;
    rows.push({
      row,
      objectCode,
      objectName,
      unitCode,
      unitName,
      eventName,
      factorCodes: [...new Set(factorCodes)],
      accidentTypes: [...new Set(accidentTypes)],
      inherent,
      residual,
      controlMeasures,
      emergencyMeasures,
      controlTier,
      responsibleUnitId,
      responsibleUserId,
    });
  }
  const order = (column: string) => registerColumns.findIndex((c) => c.header === column);
  errors.sort((x, y) => x.row - y.row || order(x.column) - order(y.column));
  return { rows, errors };
}

// Factor names contain '、', so items are split on lines and semicolons only; the code leads.
function splitFactors(text: string): string[] {
  return text
    .split(/[\n\r;；]+/)
    .map((s) => s.trim().split(/\s+/)[0] ?? '')
    .filter((s) => s.length > 0);
}

function byName(
  text: string,
  index: ReadonlyMap<string, readonly string[]>,
  what: string,
  fail: (reason: string) => void,
): string | null {
  const name = text.trim();
  if (!name) return null;
  const ids = index.get(name) ?? [];
  if (ids.length === 1) return ids[0] ?? null;
  fail(ids.length === 0 ? `本企业没有名为“${name}”的${what}` : `有多个名为“${name}”的${what}，无法确定`);
  return null;
}

function parseAssessment(
  cells: RegisterCells,
  kind: 'inherent' | 'residual',
  lookups: ImportLookups,
  fail: (key: RegisterColumnKey, reason: string) => void,
): Evaluated | null {
  const methodKey = kind === 'inherent' ? 'inherentMethod' : 'residualMethod';
  const inputsKey = kind === 'inherent' ? 'inherentInputs' : 'residualInputs';
  const levelKey = kind === 'inherent' ? 'inherentLevel' : 'residualLevel';
  const methodText = cells[methodKey].trim();
  const inputsText = cells[inputsKey].trim();
  const levelText = cells[levelKey].trim();
  const level = levelText ? levelByText.get(levelText) : undefined;
  if (levelText && !level) {
    fail(levelKey, `未知风险等级“${levelText}”`);
    return null;
  }
  if (!methodText) {
    if (inputsText) {
      fail(methodKey, '填写了评价参数时须写评价方法');
      return null;
    }
    // A consultant's sheet often gives only the level: keep it as a direct determination.
    if (level)
      return evaluate({ method: 'direct', inputs: { level, reason: 'other', note: '导入时直接给定等级' } });
    return null;
  }
  const method = methodByText.get(methodText.toLowerCase());
  if (!method) {
    fail(methodKey, `未知评价方法“${methodText}”，应为 LEC/LS/MES/直接判定`);
    return null;
  }
  const pairs = inputsText
    .split(/[;；,，\s]+/)
    .filter(Boolean)
    .map((p) => p.split(/[=＝:：]/).map((s) => s.trim()));
  const raw: Record<string, string> = {};
  for (const [k, v] of pairs) if (k) raw[k.toLowerCase()] = v ?? '';
  const input =
    method === 'direct'
      ? {
          method,
          inputs: {
            level: levelByText.get(raw['等级'] ?? raw.level ?? ''),
            reason: reasonByLabel.get(raw['依据'] ?? raw.reason ?? ''),
            note: raw['说明'] ?? raw.note,
          },
        }
      : { method, inputs: Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Number(v)])) };
  const parsed = assessmentInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    {
      fail(inputsKey, `${issue?.path.slice(1).join('.') || '参数'}：${issue?.message ?? '无效'}`);
      return null;
    }
  }
  try {
    const evaluated = evaluate(parsed.data, lookups);
    if (level && evaluated.result.level !== level) {
      {
        fail(levelKey, `与计算结果“${riskLevelLabelZh[evaluated.result.level]}”不一致`);
        return null;
      }
    }
    return evaluated;
  } catch (error) {
    if (error instanceof EngineValidationError) {
      fail(inputsKey, error.reason);
      return null;
    }
    throw error;
  }
}

function evaluate(input: AssessmentInput, lookups?: ImportLookups): Evaluated {
  const tables = lookups && input.method !== 'direct' ? lookups.tables[input.method] : undefined;
  return { input, result: evaluateAssessment(input, tables) };
}
