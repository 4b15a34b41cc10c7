import type { EnterpriseTierExplanation } from '@shuangkong/contracts';
import { notFound } from '../../../../../kernel/index.ts';
import { findEnterpriseForActor, type Actor } from '../../../../identity/index.ts';
import type { Db } from '../../../supervision.database.ts';
import { loadTierTable } from '../tier-table.repository.ts';
import { enterpriseTiers } from './list-tiers.ts';

/** 监管分级 of one enterprise in the remit, with every step of the rule; 404 for outsiders. */
export async function getEnterpriseTier(
  db: Db,
  actor: Actor,
  enterpriseId: string,
): Promise<EnterpriseTierExplanation> {
  const visible = await findEnterpriseForActor(db, actor, enterpriseId);
  if (!visible || visible.status !== 'approved') throw notFound('Enterprise');
  const { rows: table } = await loadTierTable(db, actor);
  const [one] = await enterpriseTiers(db, actor, {}, table, [enterpriseId]);
  if (!one) throw notFound('Enterprise');
  return { ...one.tier, steps: one.steps };
}
