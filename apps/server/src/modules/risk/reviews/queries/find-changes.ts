import type { Db } from '../../risk.database.ts';
import type { Actor } from '../../../identity/index.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { presentChange } from '../reviews.presenter.ts';
import { listChanges } from '../reviews.repository.ts';

/** Recorded changes (law, organisation, process, equipment, environment), newest first. */
export async function findChanges(db: Db, actor: Actor, enterpriseId: string) {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  return { data: (await listChanges(db, enterprise)).map(presentChange) };
}
