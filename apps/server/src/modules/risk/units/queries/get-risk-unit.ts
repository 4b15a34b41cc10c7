import type { RiskUnit } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import type { Actor } from '../../../identity/index.ts';
import { currentRound } from '../../approval/approval-round.ts';
import { listSignatures } from '../../approval/approval.repository.ts';
import { unitAbilities, type UnitAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { findTierMap } from '../../tiers/tiers.repository.ts';
import { presentUnit } from '../units.presenter.ts';
import { findUnit } from '../units.repository.ts';

/** One unit's own fields with the caller's abilities; 404 outside the caller's scope. */
export async function getRiskUnit(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  unitId: string,
): Promise<{ data: RiskUnit; abilities: UnitAbilities }> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  const row = await findUnit(db, enterprise, unitId);
  if (!row) throw notFound('Risk unit');
  const [rules, signers] = await Promise.all([
    findTierMap(db, enterprise),
    listSignatures(db, enterprise, unitId).then(currentRound),
  ]);
  return {
    data: presentUnit(row, rules),
    abilities: unitAbilities(actor, enterprise, { status: row.status, ...signers }),
  };
}
