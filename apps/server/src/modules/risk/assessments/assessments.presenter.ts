import {
  assessmentBand,
  riskLevelColor,
  riskLevelToRiskClass,
  type RiskAssessment,
} from '@shuangkong/contracts';
import { z } from 'zod';
import { iso } from '../units/units.presenter.ts';
import type { AssessmentRow } from './assessments.repository.ts';

const record = z.record(z.string(), z.unknown());

/** A stored snapshot as the API shows it; jsonb columns are parsed, not trusted by cast. */
export function presentAssessment(row: AssessmentRow): RiskAssessment {
  const band = assessmentBand.nullable().safeParse(row.band);
  const inputs = record.safeParse(row.inputs);
  return {
    id: row.id,
    eventId: row.eventId,
    kind: row.kind,
    method: row.method,
    tableVersion: row.tableVersion,
    inputs: inputs.success ? inputs.data : {},
    score: row.score,
    level: row.level,
    color: riskLevelColor[row.level],
    riskClass: riskLevelToRiskClass[row.level],
    band: band.success ? band.data : null,
    explanation: row.explanation,
    assessedBy: row.assessedBy,
    assessedAt: iso(row.assessedAt),
  };
}
