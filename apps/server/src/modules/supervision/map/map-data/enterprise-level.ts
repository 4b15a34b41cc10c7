import { sql } from 'kysely';
import type { RiskLevel } from '@shuangkong/contracts';
import { enterpriseVisibleTo, type Actor } from '../../../identity/index.ts';
import type { Db } from '../../supervision.database.ts';

/**
 * THE source of the level the map colours an enterprise by: the highest current level of its
 * approved, not archived register units (null before anything is approved). One function, so the
 * map can switch to the regional part's adjusted level (supervision facts applied) in one place.
 */
export async function enterpriseOverallLevels(db: Db, actor: Actor): Promise<Map<string, RiskLevel>> {
  const rows = await db
    .selectFrom('riskUnits as u')
    .select([
      'u.enterpriseId',
      sql<number>`max(case u.current_level when 'major' then 4 when 'significant' then 3 when 'general' then 2 when 'low' then 1 end)`.as(
        'rank',
      ),
    ])
    .where('u.status', '=', 'approved')
    .where('u.archivedAt', 'is', null)
    .where('u.currentLevel', 'is not', null)
    .where(
      'u.enterpriseId',
      'in',
      db.selectFrom('enterprises as e').select('e.id').where(enterpriseVisibleTo(actor)),
    )
    .groupBy('u.enterpriseId')
    .execute();
  const byRank: Record<number, RiskLevel> = { 1: 'low', 2: 'general', 3: 'significant', 4: 'major' };
  const out = new Map<string, RiskLevel>();
  for (const r of rows) {
    const level = byRank[Number(r.rank)];
    if (level) out.set(r.enterpriseId, level);
  }
  return out;
}
