import {
  accidentType1986Code,
  accidentType2025Code,
  dataSrc,
  measureClassify1,
  measureClassify1Of,
  measureClassify2,
  NATIONAL_LIMITS,
  riskLevel,
  riskObjectKind,
  type ReadinessCounts,
  type ReadinessEntityType,
  type ReadinessField,
  type ReadinessProblem,
  type ReadinessRule,
  type RiskReadiness,
} from '@shuangkong/contracts';

/** What readiness reads of the register: live records only (archived and deleted ones are not reported). */
export type ReadinessObject = {
  id: string;
  code: string;
  name: string;
  kind: string;
  responsibleUnitId: string | null;
  responsibleUserId: string | null;
  responsibleUserName: string | null;
  isMajorSource: boolean;
  majorSourceCode: string | null;
  majorSourceKind: string | null;
  /** 备案 date and end of validity, civil dates (YYYY-MM-DD). */
  filingDate: string | null;
  filingValidUntil: string | null;
  lat: number | null;
  lng: number | null;
};
export type ReadinessUnit = {
  id: string;
  objectId: string;
  code: string;
  name: string;
  responsibleUnitId: string | null;
  responsibleUserId: string | null;
  responsibleUserName: string | null;
  currentLevel: string | null;
};
export type ReadinessEvent = {
  id: string;
  unitId: string;
  name: string;
  accidentTypes1986: readonly string[];
  accidentTypes2025: readonly string[];
  inherentLevel: string | null;
  residualLevel: string | null;
};
export type ReadinessMeasure = {
  id: string;
  eventId: string;
  content: string;
  dataSrc: string;
  classify1: string | null;
  classify2: string | null;
  classify3: string | null;
  troubleshootContent: string;
};
export type ReadinessRegister = {
  objects: readonly ReadinessObject[];
  units: readonly ReadinessUnit[];
  events: readonly ReadinessEvent[];
  measures: readonly ReadinessMeasure[];
};

/** The problems listed at most; the counts always cover every record. */
export const READINESS_PROBLEM_CAP = 500;

/** Where each record is fixed in the web: the register page with the record's form open. */
export const readinessLinks = {
  object: (id: string) => `/risk/register?object=${id}&edit=object`,
  unit: (id: string) => `/risk/register?unit=${id}&edit=unit`,
  event: (unitId: string, id: string) => `/risk/register?unit=${unitId}&edit=event:${id}`,
  measure: (unitId: string, id: string) => `/risk/register?unit=${unitId}&edit=measure:${id}`,
};

const blank = (v: string | null | undefined): boolean => v === null || v === undefined || v.trim() === '';
const length = (v: string): number => [...v.trim()].length;
const inList = (list: { safeParse(v: unknown): { success: boolean } }, v: unknown): boolean =>
  list.safeParse(v).success;

type Finding = { field: ReadinessField; rule: ReadinessRule; params?: Record<string, string | number> };

function required(field: ReadinessField, value: string | null | undefined): Finding[] {
  return blank(value) ? [{ field, rule: 'required' }] : [];
}

function maxLength(field: ReadinessField, value: string | null | undefined, max: number): Finding[] {
  if (blank(value)) return [];
  const actual = length(value!);
  return actual > max ? [{ field, rule: 'maxLength', params: { max, actual } }] : [];
}

function responsible(r: {
  responsibleUnitId: string | null;
  responsibleUserId: string | null;
  responsibleUserName: string | null;
}): Finding[] {
  return [
    ...required('responsibleUnit', r.responsibleUnitId),
    ...required('responsiblePerson', r.responsibleUserId),
    ...maxLength('responsiblePerson', r.responsibleUserName, NATIONAL_LIMITS.personName),
  ];
}

/** A record's name: present and within the national width. */
function named(value: string): Finding[] {
  return [...required('name', value), ...maxLength('name', value, NATIONAL_LIMITS.recordName)];
}

/**
 * A major source's filing (备案) facts: its kind, the filing date and its end of validity, which
 * must not have passed. `today` is the civil date in Asia/Shanghai.
 */
function filing(o: ReadinessObject, today: string): Finding[] {
  if (!o.isMajorSource) return [];
  const out: Finding[] = [...required('majorSourceKind', o.majorSourceKind)];
  if (blank(o.filingDate) || blank(o.filingValidUntil)) out.push({ field: 'filing', rule: 'required' });
  else if (o.filingValidUntil! < today)
    out.push({ field: 'filing', rule: 'expired', params: { date: o.filingValidUntil! } });
  return out;
}

export function checkObject(o: ReadinessObject, unitCount: number, today: string): Finding[] {
  return [
    ...named(o.name),
    ...(inList(riskObjectKind, o.kind)
      ? []
      : [{ field: 'kind', rule: 'codeList', params: { value: o.kind } } as const]),
    ...responsible(o),
    ...(o.isMajorSource && blank(o.majorSourceCode)
      ? [{ field: 'majorSourceCode', rule: 'registrationCode' } as const]
      : []),
    ...filing(o, today),
    ...(o.isMajorSource && (o.lat === null || o.lng === null)
      ? [{ field: 'location', rule: 'coordinates' } as const]
      : []),
    ...(unitCount === 0 ? [{ field: 'units', rule: 'chain' } as const] : []),
  ];
}

export function checkUnit(u: ReadinessUnit, events: readonly ReadinessEvent[]): Finding[] {
  const assessed = events.some((e) => e.inherentLevel !== null || e.residualLevel !== null);
  const level: Finding[] =
    u.currentLevel === null
      ? assessed
        ? [{ field: 'level', rule: 'required' }]
        : []
      : inList(riskLevel, u.currentLevel)
        ? []
        : [{ field: 'level', rule: 'codeList', params: { value: u.currentLevel } }];
  return [
    ...named(u.name),
    ...responsible(u),
    ...level,
    ...(events.length === 0 ? [{ field: 'events', rule: 'chain' } as const] : []),
  ];
}

export function checkEvent(e: ReadinessEvent, measureCount: number): Finding[] {
  const unknown = [
    ...e.accidentTypes1986.filter((c) => !inList(accidentType1986Code, c)),
    ...e.accidentTypes2025.filter((c) => !inList(accidentType2025Code, c)),
  ];
  return [
    ...named(e.name),
    ...(e.accidentTypes1986.length + e.accidentTypes2025.length === 0
      ? [{ field: 'accidentTypes', rule: 'required' } as const]
      : []),
    ...(unknown.length > 0
      ? [{ field: 'accidentTypes', rule: 'codeList', params: { value: unknown.join(', ') } } as const]
      : []),
    ...(measureCount === 0 ? [{ field: 'measures', rule: 'chain' } as const] : []),
  ];
}

export function checkMeasure(m: ReadinessMeasure): Finding[] {
  const out: Finding[] = [
    ...required('content', m.content),
    ...maxLength('content', m.content, NATIONAL_LIMITS.measureContent),
  ];
  if (!inList(dataSrc, m.dataSrc))
    out.push({ field: 'dataSrc', rule: 'codeList', params: { value: m.dataSrc } });
  const c1ok = !blank(m.classify1) && inList(measureClassify1, m.classify1);
  const c2ok = !blank(m.classify2) && inList(measureClassify2, m.classify2);
  if (blank(m.classify1)) out.push({ field: 'classify1', rule: 'required' });
  else if (!c1ok) out.push({ field: 'classify1', rule: 'codeList', params: { value: m.classify1! } });
  if (blank(m.classify2)) out.push({ field: 'classify2', rule: 'required' });
  else if (!c2ok) out.push({ field: 'classify2', rule: 'codeList', params: { value: m.classify2! } });
  if (c1ok && c2ok && measureClassify1Of(measureClassify2.parse(m.classify2)) !== m.classify1)
    out.push({
      field: 'classify2',
      rule: 'classifyPair',
      params: { value: m.classify2!, classify1: m.classify1! },
    });
  out.push(...maxLength('classify3', m.classify3, NATIONAL_LIMITS.classify3));
  // Investigation measures become check tasks: what to check must be said.
  if (m.dataSrc === 'investigation') out.push(...required('troubleshootContent', m.troubleshootContent));
  out.push(...maxLength('troubleshootContent', m.troubleshootContent, NATIONAL_LIMITS.troubleshootContent));
  return out;
}

const clip = (s: string, n = 40) => ([...s].length > n ? `${[...s].slice(0, n).join('')}…` : s);

const emptyCounts = (): ReadinessCounts => ({ checked: 0, ready: 0, withProblems: 0 });

/**
 * Checks every record of the register against the national data-access rules and says, per
 * record, what keeps it from being reported. Pure: the caller loads the live records.
 */
export function checkReadiness(
  register: ReadinessRegister,
  today: string,
  cap = READINESS_PROBLEM_CAP,
): RiskReadiness {
  const unitsOf = groupBy(register.units, (u) => u.objectId);
  const eventsOf = groupBy(register.events, (e) => e.unitId);
  const measuresOf = groupBy(register.measures, (m) => m.eventId);
  const byType: Record<ReadinessEntityType, ReadinessCounts> = {
    riskObject: emptyCounts(),
    riskUnit: emptyCounts(),
    riskEvent: emptyCounts(),
    riskControlMeasure: emptyCounts(),
  };
  const problems: ReadinessProblem[] = [];
  let total = 0;
  const take = (
    entityType: ReadinessEntityType,
    entityId: string,
    label: string,
    trail: string[],
    link: string,
    findings: Finding[],
  ) => {
    const c = byType[entityType];
    c.checked += 1;
    if (findings.length === 0) c.ready += 1;
    else c.withProblems += 1;
    for (const f of findings) {
      total += 1;
      if (problems.length >= cap) continue;
      problems.push({
        entityType,
        entityId,
        label,
        trail,
        field: f.field,
        rule: f.rule,
        code: `reporting.rule.${f.rule}`,
        params: f.params ?? {},
        link,
      });
    }
  };
  for (const o of register.objects) {
    const units = unitsOf.get(o.id) ?? [];
    const objectLabel = `${o.code} ${o.name}`;
    take(
      'riskObject',
      o.id,
      objectLabel,
      [],
      readinessLinks.object(o.id),
      checkObject(o, units.length, today),
    );
    for (const u of units) {
      const events = eventsOf.get(u.id) ?? [];
      const unitLabel = `${u.code} ${u.name}`;
      take('riskUnit', u.id, unitLabel, [objectLabel], readinessLinks.unit(u.id), checkUnit(u, events));
      for (const e of events) {
        const measures = measuresOf.get(e.id) ?? [];
        const trail = [objectLabel, unitLabel];
        take(
          'riskEvent',
          e.id,
          e.name,
          trail,
          readinessLinks.event(u.id, e.id),
          checkEvent(e, measures.length),
        );
        for (const m of measures)
          take(
            'riskControlMeasure',
            m.id,
            clip(m.content),
            [...trail, e.name],
            readinessLinks.measure(u.id, m.id),
            checkMeasure(m),
          );
      }
    }
  }
  const counts = Object.values(byType).reduce(
    (a, c) => ({
      checked: a.checked + c.checked,
      ready: a.ready + c.ready,
      withProblems: a.withProblems + c.withProblems,
    }),
    emptyCounts(),
  );
  return { counts, byType, problems, truncated: total > problems.length };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
