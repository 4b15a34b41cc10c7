import {
  accidentType1986Code,
  accidentType1986To2025,
  accidentType2025Code,
  maxLevel,
  riskLevelColor,
  type AccidentType1986Code,
  type AccidentType2025Code,
  type AssessmentResult,
  type RiskTemplateLibrary,
  type TemplateEvent,
} from '@shuangkong/contracts';
import { evaluateAssessment } from '../engine/evaluate-assessment.ts';
import { getTableSet } from '../engine/factor-tables.ts';
import { findTemplate } from './risk-templates.ts';
import type { AuthorEvent, AuthorLibrary, Lec } from './template-dsl.ts';

/** An event of an expanded library together with its two engine results, for copying. */
export type ExpandedEvent = TemplateEvent & {
  inherentResult: AssessmentResult;
  residualResult: AssessmentResult;
};

const lecInputs = ([l, e, c]: Lec) => ({ l, e, c });

/**
 * Scores the default LEC inputs through the engine. `lecTable` is a table-set key (an enterprise's
 * choice); the template's own levels use the default set.
 */
export function assessLec(values: Lec, lecTable?: string): AssessmentResult {
  return evaluateAssessment({ method: 'lec', inputs: lecInputs(values) }, getTableSet('lec', lecTable));
}

/**
 * Reads '08' or '018:WSA10017' into both code lists. A 1986 code with more than one 2025
 * counterpart must say which one it means; guessing would misfile the accident under the new standard.
 */
export function resolveAccidentTypes(accidents: readonly string[]): {
  accidentTypes1986: AccidentType1986Code[];
  accidentTypes2025: AccidentType2025Code[];
} {
  const codes1986: AccidentType1986Code[] = [];
  const codes2025: AccidentType2025Code[] = [];
  for (const spec of accidents) {
    const [raw1986, raw2025] = spec.split(':');
    const code1986 = accidentType1986Code.parse(raw1986);
    const candidates = accidentType1986To2025(code1986);
    const code2025 =
      raw2025 === undefined
        ? candidates.length === 1
          ? candidates[0]
          : undefined
        : accidentType2025Code.parse(raw2025);
    if (code2025 === undefined || !candidates.includes(code2025)) {
      throw new Error(`accident type '${spec}': give one of ${candidates.join(', ')} after ':'`);
    }
    if (!codes1986.includes(code1986)) codes1986.push(code1986);
    if (!codes2025.includes(code2025)) codes2025.push(code2025);
  }
  return { accidentTypes1986: codes1986, accidentTypes2025: codes2025 };
}

function expandEvent(event: AuthorEvent, lecTable?: string): ExpandedEvent {
  const inherentResult = assessLec(event.inherent, lecTable);
  const residualResult = assessLec(event.residual, lecTable);
  return {
    name: event.name,
    factorCodes: [...event.factors],
    ...resolveAccidentTypes(event.accidents),
    state: event.state ?? 'normal',
    tense: event.tense ?? 'present',
    consequences: event.consequences,
    inherent: lecInputs(event.inherent),
    residual: lecInputs(event.residual),
    inherentLevel: inherentResult.level,
    residualLevel: residualResult.level,
    residualColor: riskLevelColor[residualResult.level],
    measures: [...event.measures],
    inherentResult,
    residualResult,
  };
}

/** The library in full contract shape, every event scored, or undefined for an unknown industry. */
export function expandLibrary(library: AuthorLibrary, lecTable?: string) {
  const objects = library.objects.map((object) => ({
    code: object.code,
    name: object.name,
    kind: object.kind,
    units: object.units.map((unit) => {
      const events = unit.events.map((e) => expandEvent(e, lecTable));
      return {
        key: unit.key,
        code: unit.code,
        name: unit.name,
        description: unit.description,
        objectCode: object.code,
        // Every template event is scored, so the maxima exist.
        inherentLevel: maxLevel(events.map((e) => e.inherentLevel)) ?? 'low',
        residualLevel: maxLevel(events.map((e) => e.residualLevel)) ?? 'low',
        events,
      };
    }),
  }));
  return {
    industryCode: library.industryCode,
    nameZh: library.nameZh,
    servesIndustryCodes: [library.industryCode, ...(library.alsoServes ?? [])],
    tableVersion: getTableSet('lec', lecTable).key,
    objects,
  } satisfies RiskTemplateLibrary;
}
export type ExpandedLibrary = ReturnType<typeof expandLibrary>;

/**
 * The starter library for an industry, expanded and scored with the default LEC table: what the
 * API shows, what a copy writes, and what the demo seed inserts. Undefined for an unknown industry.
 */
export function expandTemplate(industryCode: string): ExpandedLibrary | undefined {
  const library = findTemplate(industryCode);
  return library === undefined ? undefined : expandLibrary(library);
}
