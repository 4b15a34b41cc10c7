import {
  alphaForPopulation,
  findGb18218Entry,
  gb18218DefaultClasses,
  gb18218Table3Beta,
  gb18218Table4Beta,
  gradeForR,
  LIMITS,
  majorSourceGradeLabelZh,
  type Gb18218Table2Code,
  type MajorSourceResult,
  type MajorSourceTerm,
} from '@shuangkong/contracts';
import { EngineValidationError } from './engine.errors.ts';
import { cleanNumber } from './table-set.ts';

/**
 * What the engine accepts: the contracts' MajorSourceInput fits, but codes and classes are plain
 * strings because the engine checks them itself and may be called without the route's schema.
 */
export type MajorSourceEngineInput = {
  substances: readonly { code: string; quantityTonnes: number; hazardClasses?: readonly string[] }[];
  exposedPopulation: number;
};

/** Version of the GB 18218 tables and formulas, stored with each result. */
export const MAJOR_SOURCE_TABLE_VERSION = 'gb18218-2018@1';

/**
 * GB 18218-2018 identification and grading of one unit: s = Σq/Q (s ≥ 1 is a major source) and
 * R = α·Σβ·q/Q, graded 一级 (R ≥ 100) to 四级 (R < 10) only when the unit is a major source.
 */
export function evaluateMajorSource(input: MajorSourceEngineInput): MajorSourceResult {
  // An empty unit means nobody entered its inventory yet; answering "not a major source" would be a guess.
  if (input.substances.length === 0)
    throw new EngineValidationError('substances', 'no substance entered for the unit');
  if (
    !Number.isInteger(input.exposedPopulation) ||
    input.exposedPopulation < 0 ||
    input.exposedPopulation > LIMITS.people
  ) {
    throw new EngineValidationError('exposedPopulation', 'must be a whole number of people ≥ 0');
  }

  // One rule for the calculator and a stored inventory alike: a 表1 substance takes one line with
  // its total in the unit (two lines are an entry mistake that would hide which figure is right);
  // a 表2 class may take several lines, one per substance of that class.
  const duplicate = input.substances.findIndex(
    (item, i) =>
      findGb18218Entry(item.code)?.table === 1 &&
      input.substances.findIndex((other) => other.code === item.code) !== i,
  );
  if (duplicate >= 0) {
    throw new EngineValidationError(
      `substances.${duplicate}.code`,
      'the substance is listed twice; enter its total in the unit on one line',
    );
  }
  const terms = input.substances.map((substance, index) => evaluateTerm(substance, `substances.${index}`));
  const s = cleanNumber(terms.reduce((sum, t) => sum + t.ratio, 0));
  // Identification (s) needs no β; grading (R) needs every substance's β.
  const missingHazardClasses = terms.filter((t) => t.beta === null).map((t) => t.code);
  const weightedSum =
    missingHazardClasses.length === 0
      ? cleanNumber(terms.reduce((sum, t) => sum + (t.weighted ?? 0), 0))
      : null;
  const alpha = alphaForPopulation(input.exposedPopulation);
  const r = weightedSum === null ? null : cleanNumber(alpha * weightedSum);
  // Bounded inputs keep these finite; the guard makes a non-finite result impossible to store.
  if (!Number.isFinite(s) || (r !== null && !Number.isFinite(r))) {
    throw new EngineValidationError('substances', 'the quantities give no finite result');
  }
  const isMajorSource = s >= 1;
  const grade = isMajorSource && r !== null ? gradeForR(r) : null;
  const gradeLabel = grade === null ? null : majorSourceGradeLabelZh[grade];
  const missingNames = terms
    .filter((t) => t.beta === null)
    .map((t) => t.name)
    .join('、');

  const explanation = !isMajorSource
    ? `s = Σq/Q = ${s} < 1，不构成重大危险源（不分级）。`
    : r === null
      ? `s = Σq/Q = ${s} ≥ 1，构成重大危险源；分级还需要${missingNames}的危险性类别（表2），以便按表4取 β。`
      : `s = Σq/Q = ${s} ≥ 1，构成重大危险源；R = α × Σβq/Q = ${alpha} × ${weightedSum} = ${r}，分级为${gradeLabel}。`;
  return {
    s,
    isMajorSource,
    r,
    missingHazardClasses,
    alpha,
    grade,
    gradeLabel,
    terms,
    tableVersion: MAJOR_SOURCE_TABLE_VERSION,
    explanation,
  };
}

function evaluateTerm(
  substance: MajorSourceEngineInput['substances'][number],
  path: string,
): MajorSourceTerm {
  const entry = findGb18218Entry(substance.code);
  if (entry === undefined)
    throw new EngineValidationError(
      `${path}.code`,
      `'${substance.code}' is not a GB 18218-2018 表1 code or 表2 class`,
    );
  const q = substance.quantityTonnes;
  if (!Number.isFinite(q) || q < 0 || q > LIMITS.tonnes)
    throw new EngineValidationError(
      `${path}.quantityTonnes`,
      `must be a number of tonnes from 0 to ${LIMITS.tonnes}`,
    );
  const extraClasses = validClasses(substance.hazardClasses ?? [], `${path}.hazardClasses`);

  let criticalQuantity: number;
  let beta: number | null;
  let betaSource: MajorSourceTerm['betaSource'];
  if (entry.table === 1) {
    criticalQuantity = entry.criticalQuantityT;
    const table3 = gb18218Table3Beta[entry.code];
    if (table3 !== undefined) {
      beta = table3;
      betaSource = 'table3';
    } else {
      // 表1 gives Q but not β; outside 表3 β follows the hazard class: the one entered, else the
      // common substance's usual class, else unknown (s still counts; R waits for the class).
      const defaults = gb18218DefaultClasses[entry.code] ?? [];
      if (extraClasses.length > 0) {
        beta = maxBeta(extraClasses);
        betaSource = 'table4';
      } else if (defaults.length > 0) {
        beta = maxBeta(defaults);
        betaSource = 'default';
      } else {
        beta = null;
        betaSource = 'missing';
      }
    }
  } else {
    const classes = [entry.code, ...extraClasses];
    // GB 18218 §4.1: a substance with several hazard classes takes the lowest Q among them.
    criticalQuantity = Math.min(...classes.map((c) => table2Quantity(c)));
    beta = maxBeta(classes);
    betaSource = 'table4';
  }

  const ratio = cleanNumber(q / criticalQuantity);
  return {
    code: entry.code,
    name: entry.name,
    q,
    Q: criticalQuantity,
    beta,
    betaSource,
    ratio,
    weighted: beta === null ? null : cleanNumber(beta * ratio),
  };
}

function validClasses(classes: readonly string[], path: string): Gb18218Table2Code[] {
  return classes.map((code, index) => {
    const entry = findGb18218Entry(code);
    if (entry === undefined || entry.table !== 2)
      throw new EngineValidationError(`${path}.${index}`, `'${code}' is not a GB 18218-2018 表2 class`);
    return entry.code;
  });
}

function table2Quantity(code: Gb18218Table2Code): number {
  const entry = findGb18218Entry(code);
  if (entry === undefined) throw new Error(`表2 class ${code} missing from the catalogue`);
  return entry.criticalQuantityT;
}

// The standard gives no rule for β when a substance has several 表4 classes; the largest is taken so
// that a doubtful case grades higher (more control) rather than lower.
function maxBeta(classes: readonly Gb18218Table2Code[]): number {
  return Math.max(...classes.map((c) => gb18218Table4Beta[c]));
}
