import {
  directReasonLabelZh,
  directReasonLevel,
  riskColorLabelZh,
  riskLevelColor,
  riskLevelLabelZh,
  type AssessmentInput,
  type AssessmentResult,
  type DirectInputs,
  type RiskLevel,
  type ScoredAssessmentMethod,
} from '@shuangkong/contracts';
import { EngineValidationError } from './engine.errors.ts';
import { getTableSet } from './factor-tables.ts';
import { cleanNumber, findBand, formatBand, type AnyTableSet, type TableSet } from './table-set.ts';

/** Version of the direct-determination rules below, stored like a table-set key. */
export const DIRECT_RULES_VERSION = 'direct@1';

// A major source (GB 18218) or a met major-hazard criterion is 重大 by rule; letting the user pick a
// lower level there would hide exactly the risks regulators look for first.

/**
 * Scores one risk event by its method and bands the score into a level. `tables` overrides the
 * method's default table set (an enterprise or industry choice); it must be for the same method.
 */
export function evaluateAssessment(input: AssessmentInput, tables?: AnyTableSet): AssessmentResult {
  if (input.method === 'direct') return evaluateDirect(input.inputs);
  if (tables !== undefined && tables.method !== input.method) {
    // Mixing a table set with another method's inputs is a server wiring bug, not user input.
    throw new Error(`table set ${tables.key} is for ${tables.method}, not ${input.method}`);
  }
  const set = tables ?? getTableSet(input.method);
  return evaluateScored(set, input.inputs);
}

function evaluateScored(
  set: TableSet<ScoredAssessmentMethod>,
  inputs: Readonly<Record<string, number>>,
): AssessmentResult {
  const values: number[] = [];
  for (const factor of set.factors) {
    const field = `inputs.${factor.key}`;
    const value = inputs[factor.key];
    if (value === undefined) throw new EngineValidationError(field, `${factor.symbol} is required`);
    if (!factor.options.some((option) => option.value === value)) {
      const allowed = factor.options.map((option) => option.value).join(', ');
      throw new EngineValidationError(
        field,
        `${value} is not an allowed ${factor.symbol} value in ${set.key}; allowed: ${allowed}`,
      );
    }
    values.push(value);
  }
  const score = cleanNumber(values.reduce((product, v) => product * v, 1));
  const band = findBand(set.bands, score);
  const symbols = set.factors.map((f) => f.symbol).join(' × ');
  const explanation =
    `${set.method.toUpperCase()}：${set.scoreSymbol} = ${symbols} = ${values.join(' × ')} = ${score}，` +
    `落在 ${formatBand(band, set.scoreSymbol)}（${band.label}），判定为${levelPhrase(band.level)}。评价表：${set.key}。`;
  return {
    method: set.method,
    score,
    level: band.level,
    color: riskLevelColor[band.level],
    tableVersion: set.key,
    band: {
      min: band.min,
      max: band.max,
      minInclusive: band.minInclusive,
      maxInclusive: band.maxInclusive,
      label: band.label,
    },
    explanation,
  };
}

function evaluateDirect(inputs: DirectInputs): AssessmentResult {
  const named = directReasonLevel[inputs.reason];
  if (named !== null && inputs.level !== named) {
    throw new EngineValidationError('inputs.level', `reason '${inputs.reason}' requires level '${named}'`);
  }
  const note = inputs.note?.trim() ?? '';
  if (inputs.reason === 'other' && note === '') {
    throw new EngineValidationError(
      'inputs.note',
      "a direct determination for reason 'other' needs a note saying why",
    );
  }
  const explanation = `直接判定：${directReasonLabelZh[inputs.reason]}，判定为${levelPhrase(inputs.level)}。${note === '' ? '' : `说明：${note}`}`;
  return {
    method: 'direct',
    score: null,
    level: inputs.level,
    color: riskLevelColor[inputs.level],
    tableVersion: DIRECT_RULES_VERSION,
    band: null,
    explanation,
  };
}

function levelPhrase(level: RiskLevel): string {
  return `${riskLevelLabelZh[level]}风险（${riskColorLabelZh[riskLevelColor[level]]}色）`;
}
