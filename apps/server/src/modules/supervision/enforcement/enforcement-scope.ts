import { forbidden, notFound } from '../../../kernel/index.ts';
import { can, findEnterpriseForActor, type Actor } from '../../identity/index.ts';
import type { Db } from '../supervision.database.ts';
import { enforcementErrors } from './enforcement.errors.ts';

export type RegulatorActor = { actor: Actor; regulatorId: string };

/**
 * The acting regulator: enforcement records belong to one department (its plan, pools, draws,
 * inspections), so a platform or enterprise user has none. Checks the permission first (403).
 */
export function regulatorOf(
  actor: Actor,
  permission: 'supervision.read' | 'supervision.act' | 'supervision.configure',
): RegulatorActor {
  if (!can(actor, permission)) throw forbidden(permission);
  if (actor.scope.kind !== 'regulator' || actor.regulatorId === null) throw enforcementErrors.notRegulator();
  return { actor, regulatorId: actor.regulatorId };
}

/** An enterprise in the actor's remit, or 404 (outsiders learn nothing). */
export async function enterpriseInRemit(db: Db, actor: Actor, enterpriseId: string) {
  const e = await findEnterpriseForActor(db, actor, enterpriseId);
  if (!e || e.status !== 'approved') throw notFound('Enterprise');
  return e;
}
