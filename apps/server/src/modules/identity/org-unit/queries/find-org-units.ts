import type { OrgUnit } from '@shuangkong/contracts';
import type { Db } from '../../identity.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import type { Actor } from '../../../../kernel/index.ts';
import { findEnterpriseForActor } from '../../enterprise/enterprise.repository.ts';
import { orgUnitAbilities } from '../org-unit.policy.ts';
import { presentOrgUnit } from '../org-unit.presenter.ts';
import { listOrgUnits } from '../org-unit.repository.ts';

/** An enterprise's org tree as a flat list, for anyone who can see the enterprise. */
export async function findOrgUnits(
  db: Db,
  actor: Actor,
  enterpriseId: string,
): Promise<{ data: OrgUnit[]; abilities: { canManage: boolean } }> {
  const enterprise = await findEnterpriseForActor(db, actor, enterpriseId);
  if (!enterprise) throw notFound('Enterprise');
  return {
    data: (await listOrgUnits(db, enterpriseId)).map(presentOrgUnit),
    abilities: orgUnitAbilities(actor, enterprise),
  };
}
