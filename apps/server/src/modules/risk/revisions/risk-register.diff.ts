import type {
  RiskFieldChange,
  RiskLevelChange,
  RiskRegisterDiff,
  RiskRevisionEntry,
  RiskSnapshotEvent,
  RiskSnapshotMeasure,
  RiskUnitDiff,
  RiskUnitSnapshot,
} from '@shuangkong/contracts';
import { canonicalJson } from '../../../platform/audit/index.ts';

type Revision = { revision: number; units: readonly RiskRevisionEntry[] };

const unitFields = [
  'code',
  'name',
  'description',
  'objectCode',
  'objectName',
  'responsibleUnitId',
  'responsibleUserId',
  'controlTier',
  'controlUnitId',
  'controlUserId',
  'inherentLevel',
  'residualLevel',
] as const satisfies readonly (keyof RiskUnitSnapshot['unit'])[];
const eventFields = [
  'name',
  'description',
  'accidentTypes1986',
  'accidentTypes2025',
  'state',
  'tense',
  'consequences',
  'inherentLevel',
  'residualLevel',
  'factors',
  'inherentAssessment',
  'residualAssessment',
] as const satisfies readonly (keyof RiskSnapshotEvent)[];
const measureFields = [
  'kind',
  'hierarchy',
  'classify1',
  'classify2',
  'classify3',
  'content',
  'troubleshootContent',
  'failureSign',
  'dataSrc',
  'responsibleUnitId',
  'responsibleUserId',
] as const satisfies readonly (keyof RiskSnapshotMeasure)[];

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** The fields whose values differ, in the listed order. */
function fieldChanges<T extends object, K extends keyof T & string>(
  from: T,
  to: T,
  fields: readonly K[],
): RiskFieldChange[] {
  return fields.filter((f) => !same(from[f], to[f])).map((f) => ({ field: f, from: from[f], to: to[f] }));
}

function levelChanges(
  from: Pick<RiskSnapshotEvent, 'inherentLevel' | 'residualLevel'>,
  to: typeof from,
): RiskLevelChange[] {
  return (['inherent', 'residual'] as const)
    .map((kind) => ({ kind, from: from[`${kind}Level`], to: to[`${kind}Level`] }))
    .filter((c) => c.from !== c.to);
}

/** Items of two lists matched by id: added, removed, and present in both. */
function match<T extends { id: string }>(from: readonly T[], to: readonly T[]) {
  const before = new Map(from.map((x) => [x.id, x]));
  const after = new Map(to.map((x) => [x.id, x]));
  return {
    added: to.filter((x) => !before.has(x.id)),
    removed: from.filter((x) => !after.has(x.id)),
    both: to.flatMap((x) => {
      const old = before.get(x.id);
      return old ? [[old, x] as const] : [];
    }),
  };
}

const eventRef = (e: RiskSnapshotEvent) => ({ eventId: e.id, name: e.name, residualLevel: e.residualLevel });
const measureRef = (eventId: string) => (m: RiskSnapshotMeasure) => ({
  measureId: m.id,
  eventId,
  kind: m.kind,
  content: m.content,
});
const withEvent = (events: readonly RiskSnapshotEvent[]) =>
  events.flatMap((e) => e.measures.map((m) => ({ ...m, eventId: e.id })));

/** What changed inside one unit between two snapshots; null when nothing did. */
export function diffUnit(from: RiskRevisionEntry, to: RiskRevisionEntry): RiskUnitDiff | null {
  if (same(from.snapshot, to.snapshot)) return null;
  const events = match(from.snapshot.events, to.snapshot.events);
  const measures = match(withEvent(from.snapshot.events), withEvent(to.snapshot.events));
  const eventsChanged = events.both.flatMap(([a, b]) => {
    const fields = fieldChanges(a, b, eventFields);
    return fields.length === 0
      ? []
      : [{ eventId: b.id, name: b.name, fields, levelChanges: levelChanges(a, b) }];
  });
  const measuresChanged = measures.both.flatMap(([a, b]) => {
    const fields = fieldChanges(a, b, [...measureFields, 'eventId']);
    return fields.length === 0 ? [] : [{ ...measureRef(b.eventId)(b), fields }];
  });
  return {
    unitId: to.unitId,
    code: to.snapshot.unit.code,
    name: to.snapshot.unit.name,
    fromVersion: from.version,
    toVersion: to.version,
    fields: fieldChanges(from.snapshot.unit, to.snapshot.unit, unitFields),
    levelChanges: levelChanges(from.snapshot.unit, to.snapshot.unit),
    eventsAdded: events.added.map(eventRef),
    eventsRemoved: events.removed.map(eventRef),
    eventsChanged,
    measuresAdded: measures.added.map((m) => measureRef(m.eventId)(m)),
    measuresRemoved: measures.removed.map((m) => measureRef(m.eventId)(m)),
    measuresChanged,
  };
}

const unitRef = (e: RiskRevisionEntry) => ({
  unitId: e.unitId,
  code: e.snapshot.unit.code,
  name: e.snapshot.unit.name,
  version: e.version,
});
const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);

/**
 * What changed in the published register from revision `from` to revision `to`: units added and
 * removed, and for units in both, the changed unit fields, events and measures, with level
 * changes listed apart so the UI can highlight them. Pure; items are matched by id.
 */
export function diffRegister(from: Revision, to: Revision): RiskRegisterDiff {
  const units = match(
    from.units.map((u) => ({ ...u, id: u.unitId })),
    to.units.map((u) => ({ ...u, id: u.unitId })),
  );
  const changed = units.both.flatMap(([a, b]) => {
    const d = diffUnit(a, b);
    return d ? [d] : [];
  });
  return {
    from: from.revision,
    to: to.revision,
    unitsAdded: units.added.map(unitRef).sort(byCode),
    unitsRemoved: units.removed.map(unitRef).sort(byCode),
    unitsChanged: changed.sort(byCode),
    unchangedCount: units.both.length - changed.length,
  };
}
