import { riskUnitSnapshot, type RiskUnitSignature } from '@shuangkong/contracts';
import type { SignatureRow } from './approval.repository.ts';

export function presentSignature(row: SignatureRow): RiskUnitSignature {
  return { ...row, signedAt: row.signedAt.toISOString() };
}

type VersionRow = {
  version: number;
  approvedBy: string | null;
  approvedByName: string | null;
  approvedAt: Date;
};

export function presentVersionSummary(row: VersionRow) {
  return {
    version: row.version,
    approvedBy: row.approvedBy,
    approvedByName: row.approvedByName,
    approvedAt: row.approvedAt.toISOString(),
  };
}

/** A stored snapshot, parsed so an older shape fails loudly here rather than in the browser. */
export function presentVersion(row: VersionRow & { snapshot: unknown }) {
  return { ...presentVersionSummary(row), snapshot: riskUnitSnapshot.parse(row.snapshot) };
}
