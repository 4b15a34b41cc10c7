import {
  accidentTypes1986,
  accidentTypes2025,
  findRiskFactor,
  riskLevelColor,
  safetySignsOf,
  type CardPhone,
  type PostCardUnit,
  type RiskLevel,
} from '@shuangkong/contracts';
import type {
  CardEventRow,
  CardFactorRow,
  CardMeasureRow,
  CardSignRow,
  CardUnitRow,
  EnterpriseContacts,
  OrgUnitRow,
} from './cards.repository.ts';

type AccidentType = { code: string; nameZh: string };

/**
 * Accident types by name: the GB 6441-2025 types where the event has them (the standard in force),
 * else the 1986 categories. Each type once, in the order met.
 */
export function accidentTypesOf(
  rows: readonly { types1986: string[]; types2025: string[] }[],
): AccidentType[] {
  const out: AccidentType[] = [];
  for (const row of rows) {
    const types =
      row.types2025.length > 0
        ? row.types2025.flatMap((c) => accidentTypes2025.filter((t) => t.code === c))
        : row.types1986.flatMap((c) => accidentTypes1986.filter((t) => t.code === c));
    for (const t of types)
      if (!out.some((o) => o.code === t.code)) out.push({ code: t.code, nameZh: t.nameZh });
  }
  return out;
}

/** The civil date in Asia/Shanghai, as printed on the artefacts. */
export function shanghaiDate(at: Date | null): string | null {
  if (at === null) return null;
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

export function latest(dates: readonly (Date | null)[]): Date | null {
  return dates.reduce<Date | null>((max, d) => (d !== null && (max === null || d > max) ? d : max), null);
}

/** The org units above a unit, top department first, the unit itself excluded. */
export function chainAbove(units: readonly OrgUnitRow[], id: string): OrgUnitRow[] {
  const chain: OrgUnitRow[] = [];
  let parentId = units.find((u) => u.id === id)?.parentId ?? null;
  // The org tree refuses cycles on write; the bound only guards against a corrupted row.
  while (parentId !== null && chain.length < 20) {
    const parent = units.find((u) => u.id === parentId);
    if (!parent) break;
    chain.unshift(parent);
    parentId = parent.parentId;
  }
  return chain;
}

const unique = (xs: readonly string[]) => [...new Set(xs.map((x) => x.trim()).filter((x) => x !== ''))];

/** A unit as a card shows it: main risks (its events), types, consequences and measures. */
export function presentCardUnit(
  unit: CardUnitRow,
  events: readonly CardEventRow[],
  measures: readonly CardMeasureRow[],
  publicUrl: string,
  factors: readonly CardFactorRow[] = [],
  signs: readonly CardSignRow[] = [],
): PostCardUnit {
  const own = events.filter((e) => e.unitId === unit.id);
  // Event by event, so emergency steps stay with their scenario; control measures come sorted by hierarchy.
  const ownMeasures = own.flatMap((e) => measures.filter((m) => m.eventId === e.id));
  const controls = ownMeasures.filter((m) => m.kind === 'control');
  return {
    unitId: unit.id,
    unitCode: unit.code,
    unitName: unit.name,
    objectName: unit.objectName,
    level: unit.currentLevel,
    color: unit.currentLevel === null ? null : riskLevelColor[unit.currentLevel],
    unitUrl: `${publicUrl.replace(/\/+$/, '')}/m/risk-units/${unit.id}`,
    mainRisks: unique(own.map((e) => e.name)),
    accidentTypes: accidentTypesOf(own),
    consequences: unique(own.map((e) => e.consequences)),
    controlMeasures: controls
      .filter((m, i) => controls.findIndex((o) => o.content === m.content) === i)
      .map((m) => ({ content: m.content, hierarchy: m.hierarchy })),
    emergencyMeasures: unique(ownMeasures.filter((m) => m.kind === 'emergency').map((m) => m.content)),
    hazardFactors: own
      .flatMap((e) => factors.filter((f) => f.eventId === e.id))
      .filter((f, i, all) => all.findIndex((o) => o.code === f.code && o.note === f.note) === i)
      .map((f) => ({ code: f.code, nameZh: findRiskFactor(f.code)?.nameZh ?? null, note: f.note })),
    safetySigns: safetySignsOf(signs.filter((s) => s.unitId === unit.id).map((s) => s.signCode)),
    responsible: unit.responsibleName ? { name: unit.responsibleName, phone: unit.responsiblePhone } : null,
  };
}

/** Public emergency numbers every artefact prints. */
export const publicEmergencyPhones: readonly CardPhone[] = [
  { label: '火警', name: null, phone: '119' },
  { label: '医疗急救', name: null, phone: '120' },
  { label: '报警', name: null, phone: '110' },
];

/** The enterprise's own numbers: the safety contact (应急值班) first, then the principal. */
export function enterprisePhones(contacts: EnterpriseContacts): CardPhone[] {
  const phones: CardPhone[] = [];
  if (contacts.contactPhone)
    phones.push({
      label: '企业应急值班（安全管理）',
      name: contacts.contactName,
      phone: contacts.contactPhone,
    });
  if (contacts.principalPhone)
    phones.push({ label: '主要负责人', name: contacts.principalName, phone: contacts.principalPhone });
  return phones;
}

/** Responsible persons of the units, each once. */
export function responsiblePhones(units: readonly PostCardUnit[]): CardPhone[] {
  const phones: CardPhone[] = [];
  for (const u of units) {
    const r = u.responsible;
    if (r?.phone && !phones.some((p) => p.phone === r.phone))
      phones.push({ label: `${u.unitName}责任人`, name: r.name, phone: r.phone });
  }
  return phones;
}

export const levelColor = (level: RiskLevel | null) => (level === null ? null : riskLevelColor[level]);
