import type { ObjectMajorSource } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import { forbidden, notFound } from '../../../../kernel/index.ts';
import { can, type Actor } from '../../../identity/index.ts';
import { registerAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { presentObjectMajorSource } from '../major-source.presenter.ts';
import { findRiskObject, listEvaluations, listInventory } from '../major-source.repository.ts';

/** An object's inventory, its latest GB 18218 calculation with the working, and the history. */
export async function getObjectMajorSource(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  objectId: string,
): Promise<{ data: ObjectMajorSource; abilities: { canEdit: boolean } }> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  const object = await findRiskObject(db, enterprise, objectId);
  if (!object) throw notFound('Risk object');
  if (!can(actor, 'risk.read')) throw forbidden('risk.read');
  const [inventory, evaluations] = await Promise.all([
    listInventory(db, enterprise, objectId),
    listEvaluations(db, enterprise, objectId),
  ]);
  return {
    data: presentObjectMajorSource(object, inventory, evaluations),
    abilities: { canEdit: registerAbilities(actor, enterprise).canEdit },
  };
}
