import type { AssessmentInput, AssessmentResult } from '@shuangkong/contracts';
import { EngineValidationError } from '../engine/engine.errors.ts';
import { evaluateAssessment } from '../engine/evaluate-assessment.ts';
import { getTableSet, type AnyTableSet } from '../engine/factor-tables.ts';
import { riskErrors } from '../risk.errors.ts';

export type TableChoice = { lecTable?: string; lsTable?: string; mesTable?: string };

/** The table set a method uses under a choice (undefined for direct determination). */
export function tablesFor(method: AssessmentInput['method'], choice: TableChoice): AnyTableSet | undefined {
  switch (method) {
    case 'lec':
      return getTableSet('lec', choice.lecTable);
    case 'ls':
      return getTableSet('ls', choice.lsTable);
    case 'mes':
      return getTableSet('mes', choice.mesTable);
    case 'direct':
      return undefined;
  }
}

/**
 * Runs the pure engine for an HTTP request: an input outside the chosen tables becomes
 * 400 VALIDATION_FAILED naming the request field ('body.inputs.e', 'body.tableVersion').
 */
export function evaluateForRequest(input: AssessmentInput, choice: TableChoice): AssessmentResult {
  try {
    return evaluateAssessment(input, tablesFor(input.method, choice));
  } catch (error) {
    if (error instanceof EngineValidationError)
      throw riskErrors.engineInput(`body.${error.field}`, error.reason);
    throw error;
  }
}
