import type { RiskLevel, RiskObject } from '@shuangkong/contracts';
import { iso, isoOrNull, levelDecor } from '../units/units.presenter.ts';
import type { ObjectRow } from './objects.repository.ts';

export function presentObject(row: ObjectRow, level: RiskLevel | null): RiskObject {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    description: row.description,
    responsibleUnitId: row.responsibleUnitId,
    responsibleUserId: row.responsibleUserId,
    isMajorSource: row.isMajorSource,
    majorSourceCode: row.majorSourceCode,
    majorSourceGrade: row.majorSourceGrade,
    exposedPopulation: row.exposedPopulation,
    location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    sort: row.sort,
    level,
    ...levelDecor(level),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    archivedAt: isoOrNull(row.archivedAt),
    archivedByName: row.archivedAt ? row.archivedByName : null,
    archiveReason: row.archivedAt ? row.archiveReason : null,
  };
}

/** The enterprise roll-up rule, stated beside the result (risk-level.ts enterpriseLevel). */
export const ENTERPRISE_LEVEL_RULE_ZH =
  '企业整体安全风险等级取风险清单中各风险单元当前风险等级的最高值；构成重大危险源的，不低于较大风险；有一级或二级重大危险源的，为重大风险。';
