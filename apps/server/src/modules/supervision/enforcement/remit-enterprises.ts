import type { TierTableRow } from '@shuangkong/contracts';
import { enterpriseVisibleTo, type Actor } from '../../identity/index.ts';
import type { Db } from '../supervision.database.ts';
import { loadTiers, type TieredEnterprise } from './enforcement-tier.ts';

/**
 * The approved enterprises in the actor's remit (place subtree × industries, identity's rule) with
 * their supervision tiers: what plans, pools and key-enterprise lists are made of. An industry
 * department never gets another industry's enterprises, a township never another township's.
 */
export async function remitEnterprises(
  db: Db,
  actor: Actor,
  ids?: readonly string[],
  table?: readonly TierTableRow[],
): Promise<TieredEnterprise[]> {
  if (ids !== undefined && ids.length === 0) return [];
  let q = db
    .selectFrom('enterprises as e')
    .select(['e.id', 'e.name', 'e.scale', 'e.hasMajorHazardSource'])
    .where(enterpriseVisibleTo(actor))
    .where('e.status', '=', 'approved');
  if (ids !== undefined) q = q.where('e.id', 'in', [...ids]);
  const rows = await q.orderBy('e.name').orderBy('e.id').execute();
  return loadTiers(db, actor, rows, table);
}
