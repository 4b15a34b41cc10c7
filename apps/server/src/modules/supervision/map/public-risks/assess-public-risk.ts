import type { AssessmentInput, AssessmentResult } from '@shuangkong/contracts';
import { EngineValidationError, evaluateAssessment } from '../../../risk/index.ts';
import { mapErrors } from '../map.errors.ts';

/**
 * Assesses a public-area risk with the register's engine (LEC, LS, MES or direct determination,
 * the default tables); its level is the engine's, never typed in. Bad factor values are 400 at
 * `body.assessment.inputs.<factor>`.
 */
export function assessPublicRisk(input: AssessmentInput): AssessmentResult {
  try {
    return evaluateAssessment(input);
  } catch (error) {
    if (error instanceof EngineValidationError) throw mapErrors.assessmentInput(error.field, error.reason);
    throw error;
  }
}
