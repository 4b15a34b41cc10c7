import type { IndustryRecord } from '@shuangkong/contracts';
import type { IndustryRow } from './industry.repository.ts';

export function presentIndustry(row: IndustryRow): IndustryRecord {
  return {
    code: row.code,
    parentCode: row.parentCode,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    gbt4754: row.gbt4754,
    isHighRisk: row.isHighRisk,
  };
}
