import type { RiskChange } from '@shuangkong/contracts';
import type { listChanges } from './reviews.repository.ts';

type ChangeRow = Awaited<ReturnType<typeof listChanges>>[number];

export function presentChange(row: ChangeRow): RiskChange {
  return { ...row, recordedAt: row.recordedAt.toISOString() };
}
