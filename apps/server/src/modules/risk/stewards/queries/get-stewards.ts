import type { RiskSteward } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import type { Actor } from '../../../identity/index.ts';
import { findObject } from '../../objects/objects.repository.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { presentSteward } from '../stewards.presenter.ts';
import { findStewards } from '../stewards.repository.ts';

/** An object's stewards, principal → technical → operational. */
export async function getStewards(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  objectId: string,
): Promise<{ data: RiskSteward[] }> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  if (!(await findObject(db, enterprise, objectId))) throw notFound('Risk object');
  return { data: (await findStewards(db, enterprise, objectId)).map(presentSteward) };
}
