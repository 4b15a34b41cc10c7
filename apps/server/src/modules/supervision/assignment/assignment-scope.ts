import { can, forbidden, notFound } from '../../../kernel/index.ts';
import { findEnterpriseForActor, type Actor } from '../../identity/index.ts';
import { enterpriseVisibleTo } from '../../identity/index.ts';
import type { Db } from '../supervision.database.ts';

/**
 * An assignment a regulator has been proven to see: its enterprise is in the regulator's remit.
 * Anything else — another remit's, an unknown id — is 404.
 */
export async function assignmentInRemit(db: Db, actor: Actor, id: string): Promise<{ enterpriseId: string }> {
  if (!can(actor, 'supervision.read')) throw forbidden('supervision.read');
  const row = await db
    .selectFrom('supervisionAssignments as a')
    .innerJoin('enterprises as e', 'e.id', 'a.enterpriseId')
    .select('a.enterpriseId')
    .where('a.id', '=', id)
    .where('e.status', '=', 'approved')
    .where(enterpriseVisibleTo(actor))
    .executeTakeFirst();
  if (!row) throw notFound('Assignment');
  return row;
}

/**
 * The enterprise of the letters route: its own staff (supervision.respond) and regulators in remit
 * (supervision.read) read it; anyone else gets 404.
 */
export async function enterpriseOfLetters(
  db: Db,
  actor: Actor,
  enterpriseId: string,
): Promise<{ id: string; isOwn: boolean }> {
  const row = await findEnterpriseForActor(db, actor, enterpriseId);
  if (!row || row.status !== 'approved') throw notFound('Enterprise');
  const isOwn = actor.scope.kind === 'enterprise' && actor.enterpriseId === row.id;
  if (isOwn ? !can(actor, 'supervision.respond') : !can(actor, 'supervision.read'))
    throw forbidden(isOwn ? 'supervision.respond' : 'supervision.read');
  return { id: row.id, isOwn };
}
