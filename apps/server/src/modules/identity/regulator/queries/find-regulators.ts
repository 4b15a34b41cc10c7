import type { Regulator } from '@shuangkong/contracts';
import type { Db } from '../../identity.database.ts';
import { can, type Actor } from '../../../../kernel/index.ts';
import { authorize } from '../../enterprise/enterprise.policy.ts';
import { canCreateRegulator } from '../regulator.policy.ts';
import { presentRegulator } from '../regulator.presenter.ts';
import { listRegulatorsForActor, remitsOf } from '../regulator.repository.ts';

/** The departments the caller may see, each with its remit. */
export async function findRegulators(
  db: Db,
  actor: Actor,
): Promise<{ data: Regulator[]; abilities: { canCreate: boolean } }> {
  authorize(can(actor, 'regulator.read'), 'regulator.read');
  const rows = await listRegulatorsForActor(db, actor);
  const remits = await remitsOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    data: rows.map((row) => presentRegulator(row, remits)),
    abilities: { canCreate: canCreateRegulator(actor) },
  };
}
