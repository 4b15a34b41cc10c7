import type {
  AssessmentKind,
  AssessmentMethod,
  AssessmentRequest,
  ControlHierarchy,
  ControlMeasureInput,
  DirectReason,
  EvaluateRequest,
  RiskEventInput,
  RiskLevel,
} from '@shuangkong/contracts';

/** What the assessment form holds: the method, factor picks by key, and the direct fields. */
export type AssessmentFormValues = {
  method: AssessmentMethod;
  tableVersion?: string | undefined;
  factors: Partial<Record<string, number>>;
  directLevel?: RiskLevel | undefined;
  directReason?: DirectReason | undefined;
  directNote?: string | undefined;
};

const factorKeys: Readonly<Record<Exclude<AssessmentMethod, 'direct'>, readonly string[]>> = {
  lec: ['l', 'e', 'c'],
  ls: ['l', 's'],
  mes: ['m', 'e', 's'],
};

/** The calculator request, or null while a factor (or the direct level and reason) is still unpicked. */
export function toEvaluateRequest(v: AssessmentFormValues): EvaluateRequest | null {
  const table = v.tableVersion ? { tableVersion: v.tableVersion } : {};
  if (v.method === 'direct') {
    if (!v.directLevel || !v.directReason) return null;
    const note = v.directNote?.trim();
    return {
      method: 'direct',
      inputs: { level: v.directLevel, reason: v.directReason, ...(note ? { note } : {}) },
      ...table,
    };
  }
  const values = factorKeys[v.method].map((k) => v.factors[k]);
  if (values.some((x) => x === undefined)) return null;
  const [a = 0, b = 0, c = 0] = values.map(Number);
  switch (v.method) {
    case 'lec':
      return { method: 'lec', inputs: { l: a, e: b, c }, ...table };
    case 'ls':
      return { method: 'ls', inputs: { l: a, s: b }, ...table };
    case 'mes':
      return { method: 'mes', inputs: { m: a, e: b, s: c }, ...table };
  }
}

/** The stored assessment: the calculator request without the table key, plus inherent/residual. */
export function toAssessmentRequest(v: AssessmentFormValues, kind: AssessmentKind): AssessmentRequest | null {
  const evaluate = toEvaluateRequest(v);
  if (!evaluate) return null;
  switch (evaluate.method) {
    case 'lec':
      return { kind, method: 'lec', inputs: evaluate.inputs };
    case 'ls':
      return { kind, method: 'ls', inputs: evaluate.inputs };
    case 'mes':
      return { kind, method: 'mes', inputs: evaluate.inputs };
    case 'direct':
      return { kind, method: 'direct', inputs: evaluate.inputs };
  }
}

/** Stored inputs back into form values, to start a re-assessment from the last one. */
export function fromStoredInputs(
  method: AssessmentMethod,
  inputs: Record<string, unknown>,
): AssessmentFormValues {
  if (method === 'direct') {
    const level = inputs.level;
    const reason = inputs.reason;
    const note = inputs.note;
    return {
      method,
      factors: {},
      directLevel: typeof level === 'string' ? (level as RiskLevel) : undefined,
      directReason: typeof reason === 'string' ? (reason as DirectReason) : undefined,
      directNote: typeof note === 'string' ? note : undefined,
    };
  }
  const factors: Partial<Record<string, number>> = {};
  for (const key of factorKeys[method]) {
    const value = inputs[key];
    if (typeof value === 'number') factors[key] = value;
  }
  return { method, factors };
}

/** `L=6 E=3 C=15` for a history row. */
export function formatInputs(inputs: Record<string, unknown>): string {
  return Object.entries(inputs)
    .filter(([, v]) => typeof v === 'number' || typeof v === 'string')
    .map(([k, v]) => `${k.toUpperCase()}=${String(v)}`)
    .join(' ');
}

export type MeasureFormValues = {
  kind: 'control' | 'emergency';
  hierarchy?: ControlHierarchy | null | undefined;
  classify1?: string | null | undefined;
  classify2?: string | null | undefined;
  classify3?: string | undefined;
  content: string;
  troubleshootContent?: string | undefined;
  failureSign?: string | undefined;
  dataSrc?: 'monitoring' | 'investigation' | undefined;
  responsibleUnitId?: string | null | undefined;
  responsibleUserId?: string | null | undefined;
};

/**
 * The measure request: an emergency measure has no place in the hierarchy, and a classify2 that
 * does not sit under the chosen classify1 is dropped rather than sent to be rejected.
 */
export function toMeasureInput(v: MeasureFormValues): ControlMeasureInput {
  const classify1 = v.classify1 || null;
  const classify2 = classify1 && v.classify2 && v.classify2.split('-')[0] === classify1 ? v.classify2 : null;
  // The select values come from the contract enums; the server validates them again.
  return {
    kind: v.kind,
    hierarchy: v.kind === 'control' ? (v.hierarchy ?? null) : null,
    classify1,
    classify2,
    classify3: v.classify3?.trim() || null,
    content: v.content.trim(),
    troubleshootContent: v.troubleshootContent?.trim() ?? '',
    failureSign: v.failureSign?.trim() ?? '',
    dataSrc: v.dataSrc ?? 'investigation',
    responsibleUnitId: v.responsibleUnitId ?? null,
    responsibleUserId: v.responsibleUserId ?? null,
  } as ControlMeasureInput;
}

export type EventFormValues = {
  name: string;
  description?: string | undefined;
  factorCodes?: string[] | undefined;
  accidentTypes1986?: string[] | undefined;
  accidentTypes2025?: string[] | undefined;
  state?: 'normal' | 'abnormal' | 'emergency' | undefined;
  tense?: 'past' | 'present' | 'future' | undefined;
  consequences?: string | undefined;
  stepId?: string | null | undefined;
};

/** The event request; factor codes become `{ code }` entries, each once. */
export function toEventInput(v: EventFormValues): RiskEventInput {
  return {
    name: v.name.trim(),
    description: v.description?.trim() ?? '',
    factors: [...new Set(v.factorCodes ?? [])].map((code) => ({ code })),
    accidentTypes1986: v.accidentTypes1986 ?? [],
    accidentTypes2025: v.accidentTypes2025 ?? [],
    state: v.state ?? 'normal',
    tense: v.tense ?? 'present',
    consequences: v.consequences?.trim() ?? '',
    stepId: v.stepId ?? null,
  } as RiskEventInput;
}
