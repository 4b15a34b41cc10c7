import type { RiskObject } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import type { Actor } from '../../../identity/index.ts';
import { objectLevel } from '../../risk-level.ts';
import { registerAbilities, type RegisterAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { presentObject } from '../objects.presenter.ts';
import { findObject, findUnitLevelsOfObjects } from '../objects.repository.ts';

/** One risk object with its rolled-up level; 404 outside the caller's scope. */
export async function getRiskObject(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  objectId: string,
): Promise<{ data: RiskObject; abilities: RegisterAbilities }> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  const row = await findObject(db, enterprise, objectId);
  if (!row) throw notFound('Risk object');
  const units = await findUnitLevelsOfObjects(db, enterprise, [objectId]);
  return { data: presentObject(row, objectLevel(units)), abilities: registerAbilities(actor, enterprise) };
}
