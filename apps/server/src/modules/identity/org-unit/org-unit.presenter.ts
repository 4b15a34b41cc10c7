import type { OrgUnit } from '@shuangkong/contracts';
import type { OrgUnitRow } from './org-unit.repository.ts';

export function presentOrgUnit(row: OrgUnitRow): OrgUnit {
  return { id: row.id, parentId: row.parentId, name: row.name, kind: row.kind, sort: row.sort };
}
