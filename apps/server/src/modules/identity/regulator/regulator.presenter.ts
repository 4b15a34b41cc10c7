import type { Regulator } from '@shuangkong/contracts';
import type { RegulatorRow, RemitRow } from './regulator.repository.ts';

export function presentRegulator(row: RegulatorRow, remits: readonly RemitRow[]): Regulator {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    jurisdictionCode: row.jurisdictionCode,
    jurisdictionName: row.jurisdictionName,
    isActive: row.isActive,
    remits: remits
      .filter((r) => r.regulatorId === row.id)
      .map((r) => ({
        jurisdictionCode: r.jurisdictionCode,
        jurisdictionName: r.jurisdictionName,
        industryCode: r.industryCode,
      })),
  };
}
