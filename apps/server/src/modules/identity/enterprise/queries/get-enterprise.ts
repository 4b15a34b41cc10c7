import type { Enterprise, EnterpriseAbilities } from '@shuangkong/contracts';
import type { Db } from '../../identity.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import type { Actor } from '../../../../kernel/index.ts';
import { enterpriseAbilities } from '../enterprise.policy.ts';
import { presentEnterprise } from '../enterprise.presenter.ts';
import { findEnterpriseForActor } from '../enterprise.repository.ts';

/** One enterprise with the caller's abilities on it; 404 when outside the caller's scope. */
export async function getEnterprise(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ data: Enterprise; abilities: EnterpriseAbilities }> {
  const row = await findEnterpriseForActor(db, actor, id);
  if (!row) throw notFound('Enterprise');
  return { data: presentEnterprise(row), abilities: enterpriseAbilities(actor, row) };
}
