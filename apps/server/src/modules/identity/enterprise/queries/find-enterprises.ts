import type { EnterpriseListQuery } from '@shuangkong/contracts';
import type { Db } from '../../identity.database.ts';
import type { Actor } from '../../../../kernel/index.ts';
import { canRegisterEnterprise } from '../enterprise.policy.ts';
import { presentEnterpriseListItem } from '../enterprise.presenter.ts';
import { listEnterprisesForActor } from '../enterprise.repository.ts';

/** The enterprise registry as the caller may see it. */
export async function findEnterprises(db: Db, actor: Actor, query: EnterpriseListQuery) {
  const { rows, total } = await listEnterprisesForActor(db, actor, query);
  return {
    data: rows.map(presentEnterpriseListItem),
    page: { page: query.page, pageSize: query.pageSize, total },
    abilities: { canRegister: canRegisterEnterprise(actor) },
  };
}
