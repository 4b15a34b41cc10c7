import type { RegisterRowQuery } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import type { Actor } from '../../../identity/index.ts';
import { registerAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { presentRegisterRow } from '../register-list.presenter.ts';
import { countRegisterRows, listRegisterRows } from '../register-list.repository.ts';

/** A page of the flattened register (风险管控清单), one row per risk event. */
export async function findRegisterRows(db: Db, actor: Actor, enterpriseId: string, query: RegisterRowQuery) {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  const [rows, total] = await Promise.all([
    listRegisterRows(db, enterprise, query, {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
    countRegisterRows(db, enterprise, query),
  ]);
  return {
    data: rows.map(presentRegisterRow),
    page: { page: query.page, pageSize: query.pageSize, total },
    abilities: { canImport: registerAbilities(actor, enterprise).canImport, canExport: true },
  };
}
