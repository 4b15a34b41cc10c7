import {
  findGb18218Entry,
  gb18218DefaultClasses,
  gb18218Table3Beta,
  majorSourceEvaluation,
  majorSourceGrade,
  majorSourceGradeLabelZh,
  majorSourceResult,
  majorSourceStewardRole,
  type ChemicalEntry,
  type Gb18218Entry,
  type MajorSourceEvaluation,
  type MajorSourceFacts,
  type MajorSourceListItem,
  type ObjectMajorSource,
} from '@shuangkong/contracts';
import type { EvaluationRow, MajorSourceObjectRow, RiskObjectRow } from './major-source.repository.ts';

export function presentChemical(entry: Gb18218Entry): ChemicalEntry {
  const table3Beta = entry.table === 1 ? (gb18218Table3Beta[entry.code] ?? null) : null;
  return {
    code: entry.code,
    table: entry.table,
    name: entry.name,
    aliases: [...entry.aliases],
    cas: [...entry.cas],
    criticalQuantityT: entry.criticalQuantityT,
    table3Beta,
    needsHazardClass: entry.table === 1 && table3Beta === null,
    defaultHazardClasses: [...(gb18218DefaultClasses[entry.code] ?? [])],
  };
}

// Snapshots are jsonb; parsing them through the contract keeps a corrupted row from leaking out.
const storedInputs = majorSourceEvaluation.shape.inputs;

/** A stored result as the contract reads it; a row that does not (written by a defect) reads as none. */
function storedResult(value: unknown) {
  const parsed = majorSourceResult.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function presentEvaluation(row: EvaluationRow): MajorSourceEvaluation | null {
  const result = storedResult(row.result);
  const inputs = storedInputs.safeParse(row.inputs);
  if (!result || !inputs.success) return null;
  return {
    id: row.id,
    inputs: inputs.data,
    result,
    evaluatedAt: row.evaluatedAt.toISOString(),
    evaluatedBy:
      row.evaluatedBy && row.evaluatedByName ? { id: row.evaluatedBy, name: row.evaluatedByName } : null,
  };
}

const gradeOf = (grade: number | null) => (grade === null ? null : majorSourceGrade.parse(grade));

/** The facts as filed; the registration code is null until one is issued. */
export function presentMajorSourceFacts(object: RiskObjectRow): MajorSourceFacts {
  return {
    registrationCode: object.majorSourceCode,
    kind: object.majorSourceKind,
    involvesHazardousProcess: object.involvesHazardousProcess,
    filingDate: object.filingDate,
    filingValidUntil: object.filingValidUntil,
    lastAssessmentYear: object.lastAssessmentYear,
    inServiceDate: object.inServiceDate,
    exposedPopulation: object.exposedPopulation,
  };
}

export function presentObjectMajorSource(
  object: RiskObjectRow,
  inventory: readonly { substanceCode: string; quantityTonnes: number; hazardClasses: string[] }[],
  evaluations: readonly EvaluationRow[],
): ObjectMajorSource {
  const [newest] = evaluations;
  return {
    objectId: object.id,
    objectCode: object.code,
    objectName: object.name,
    isMajorSource: object.isMajorSource,
    majorSourceCode: object.majorSourceCode,
    majorSourceGrade: gradeOf(object.majorSourceGrade),
    exposedPopulation: object.exposedPopulation,
    facts: presentMajorSourceFacts(object),
    inventory: inventory.map((i) => ({
      substanceCode: i.substanceCode,
      substanceName: findGb18218Entry(i.substanceCode)?.name ?? i.substanceCode,
      quantityTonnes: i.quantityTonnes,
      hazardClasses: i.hazardClasses,
    })),
    latest: newest ? presentEvaluation(newest) : null,
    history: evaluations.flatMap((row) => {
      const result = storedResult(row.result);
      if (!result) return [];
      return {
        id: row.id,
        s: result.s,
        r: result.r,
        isMajorSource: result.isMajorSource,
        grade: result.grade,
        evaluatedAt: row.evaluatedAt.toISOString(),
        evaluatedByName: row.evaluatedByName,
      };
    }),
  };
}

export function presentMajorSourceListItem(row: MajorSourceObjectRow): MajorSourceListItem {
  const result = row.latest ? storedResult(row.latest.result) : null;
  const grade = gradeOf(row.majorSourceGrade);
  const roles = majorSourceStewardRole.options;
  const stewards = roles.flatMap((role) =>
    row.stewards
      .filter((s) => s.role === role)
      .map((s) => ({ role, name: s.name, title: s.title, phone: s.phone, userId: s.userId })),
  );
  return {
    objectId: row.id,
    objectCode: row.code,
    objectName: row.name,
    majorSourceCode: row.majorSourceCode,
    grade,
    gradeLabel: grade === null ? null : majorSourceGradeLabelZh[grade],
    r: result?.r ?? null,
    s: result?.s ?? null,
    exposedPopulation: row.exposedPopulation,
    evaluatedAt: row.latest ? row.latest.evaluatedAt.toISOString() : null,
    kind: row.majorSourceKind,
    filingValidUntil: row.filingValidUntil,
    stewards,
    missingStewardRoles: roles.filter((role) => !row.stewards.some((s) => s.role === role)),
  };
}
