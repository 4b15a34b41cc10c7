import type { Actor } from '../../../identity/index.ts';
import type { Db } from '../../supervision.database.ts';
import { mapErrors } from '../map.errors.ts';
import { pathInRemit } from '../map-scope.ts';

/**
 * Loads a public-area risk the actor may see, or 404: a regulator sees those in the places of its
 * remit, the platform all, enterprises none.
 */
export async function loadPublicRisk(db: Db, actor: Actor, id: string) {
  const row = await db
    .selectFrom('supervisionPublicRisks as p')
    .selectAll('p')
    .where('p.id', '=', id)
    .where(pathInRemit(actor, 'p.jurisdictionPath'))
    .executeTakeFirst();
  if (!row) throw mapErrors.publicRiskNotFound();
  return row;
}
export type LoadedPublicRisk = Awaited<ReturnType<typeof loadPublicRisk>>;
