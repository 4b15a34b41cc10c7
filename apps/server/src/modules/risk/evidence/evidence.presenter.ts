import {
  riskLevelColor,
  riskLevelToRiskClass,
  type LevelEvidence,
  type LevelHistoryEntry,
} from '@shuangkong/contracts';
import { iso, isoOrNull } from '../units/units.presenter.ts';
import type { EvidenceRow, HistoryRow } from './evidence.repository.ts';

export function presentEvidence(row: EvidenceRow): LevelEvidence {
  return {
    id: row.id,
    unitId: row.unitId,
    level: row.level,
    color: riskLevelColor[row.level],
    riskClass: riskLevelToRiskClass[row.level],
    source: row.source,
    reason: row.reason,
    refType: row.refType,
    refId: row.refId,
    raisedBy: row.raisedBy,
    raisedAt: iso(row.raisedAt),
    clearedAt: isoOrNull(row.clearedAt),
    clearedBy: row.clearedBy,
    clearReason: row.clearReason,
  };
}

export function presentHistory(row: HistoryRow): LevelHistoryEntry {
  return {
    id: row.id,
    unitId: row.unitId,
    fromLevel: row.fromLevel,
    toLevel: row.toLevel,
    cause: row.cause,
    reason: row.reason,
    actorId: row.actorId,
    at: iso(row.at),
  };
}
