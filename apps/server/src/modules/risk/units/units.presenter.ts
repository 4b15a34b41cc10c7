import {
  riskLevelColor,
  riskLevelToRiskClass,
  type RiskClass,
  type RiskColor,
  type RiskLevel,
  type RiskUnit,
} from '@shuangkong/contracts';
import { effectiveTier, type TierMap } from '../tiers/tier-rules.ts';
import type { UnitRow } from './units.repository.ts';

/** The four color and the national riskClass of a level (both null when nothing is assessed). */
export function levelDecor(level: RiskLevel | null): {
  color: RiskColor | null;
  riskClass: RiskClass | null;
} {
  return level
    ? { color: riskLevelColor[level], riskClass: riskLevelToRiskClass[level] }
    : { color: null, riskClass: null };
}

export const iso = (d: Date | string): string =>
  d instanceof Date ? d.toISOString() : new Date(d).toISOString();
export const isoOrNull = (d: Date | string | null): string | null => (d === null ? null : iso(d));

export function presentUnit(row: UnitRow, rules: TierMap): RiskUnit {
  return {
    id: row.id,
    objectId: row.objectId,
    code: row.code,
    name: row.name,
    description: row.description,
    responsibleUnitId: row.responsibleUnitId,
    responsibleUserId: row.responsibleUserId,
    controlTier: row.controlTier,
    effectiveTier: effectiveTier(row.controlTier, row.currentLevel, rules),
    controlUnitId: row.controlUnitId,
    controlUserId: row.controlUserId,
    status: row.status,
    version: row.version,
    inherentLevel: row.inherentLevel,
    residualLevel: row.residualLevel,
    currentLevel: row.currentLevel,
    ...levelDecor(row.currentLevel),
    outOfControlReason: row.outOfControlReason,
    needsReassessment: row.needsReassessment,
    reassessmentReason: row.reassessmentReason,
    lastAssessedAt: isoOrNull(row.lastAssessedAt),
    location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    sort: row.sort,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    archivedAt: isoOrNull(row.archivedAt),
    archivedByName: row.archivedAt ? row.archivedByName : null,
    archiveReason: row.archivedAt ? row.archiveReason : null,
  };
}
