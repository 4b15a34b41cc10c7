import type { RiskSteward } from '@shuangkong/contracts';
import type { StewardRow } from './stewards.repository.ts';

export function presentSteward(row: StewardRow): RiskSteward {
  return { role: row.role, userId: row.userId, name: row.name, title: row.title, phone: row.phone };
}
