import {
  accidentType1986Code,
  accidentType2025Code,
  findRiskFactor,
  type AccidentType1986Code,
  type AccidentType2025Code,
  type RiskEvent,
} from '@shuangkong/contracts';
import { iso, levelDecor } from '../units/units.presenter.ts';
import type { EventRow, FactorRow } from './events.repository.ts';

// Stored codes passed the enums on the way in; the guards only narrow the type.
const is1986 = (c: string): c is AccidentType1986Code => accidentType1986Code.safeParse(c).success;
const is2025 = (c: string): c is AccidentType2025Code => accidentType2025Code.safeParse(c).success;

export function presentEvent(row: EventRow, factors: readonly FactorRow[]): RiskEvent {
  return {
    id: row.id,
    unitId: row.unitId,
    stepId: row.stepId,
    name: row.name,
    description: row.description,
    factors: factors
      .filter((f) => f.eventId === row.id)
      .map((f) => ({ code: f.code, note: f.note, nameZh: findRiskFactor(f.code)?.nameZh ?? null })),
    accidentTypes1986: row.accidentTypes1986.filter(is1986),
    accidentTypes2025: row.accidentTypes2025.filter(is2025),
    state: row.state,
    tense: row.tense,
    consequences: row.consequences,
    inherentLevel: row.inherentLevel,
    residualLevel: row.residualLevel,
    ...levelDecor(row.residualLevel ?? row.inherentLevel),
    inherentAssessmentId: row.inherentAssessmentId,
    residualAssessmentId: row.residualAssessmentId,
    sort: row.sort,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
