import type { Regulator, RegulatorAbilities } from '@shuangkong/contracts';
import type { Db } from '../../identity.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { can, type Actor } from '../../../../kernel/index.ts';
import { authorize } from '../../enterprise/enterprise.policy.ts';
import { regulatorAbilities } from '../regulator.policy.ts';
import { presentRegulator } from '../regulator.presenter.ts';
import { findRegulatorForActor, remitsOf } from '../regulator.repository.ts';

/** One department with its remit; 404 when the caller may not see it. */
export async function getRegulator(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ data: Regulator; abilities: RegulatorAbilities }> {
  authorize(can(actor, 'regulator.read'), 'regulator.read');
  const row = await findRegulatorForActor(db, actor, id);
  if (!row) throw notFound('Regulator');
  return { data: presentRegulator(row, await remitsOf(db, [id])), abilities: regulatorAbilities(actor) };
}
