import type { Jurisdiction } from '@shuangkong/contracts';
import type { JurisdictionRow } from './jurisdiction.repository.ts';

export function presentJurisdiction(row: JurisdictionRow): Jurisdiction {
  return {
    code: row.code,
    parentCode: row.parentCode,
    name: row.name,
    level: row.level,
    path: row.path,
  };
}
