import { notFound } from '../../kernel/index.ts';
import { type Actor, findEnterpriseForActor } from '../identity/index.ts';
import type { Db } from './inspection.database.ts';

/**
 * An enterprise the actor has been proven to see. Only `load` makes one and every inspection
 * repository takes one, so no query runs on an unchecked enterprise id.
 */
export class InspectionScope {
  private constructor(
    readonly id: string,
    /** The actor belongs to this enterprise (only its own staff check and manage). */
    readonly isOwn: boolean,
  ) {}

  /** The enterprise if the actor may see it; 404 otherwise (outsiders learn nothing). */
  static async load(db: Db, actor: Actor, enterpriseId: string): Promise<InspectionScope> {
    const row = await findEnterpriseForActor(db, actor, enterpriseId);
    if (!row || row.status !== 'approved') throw notFound('Enterprise');
    return new InspectionScope(row.id, actor.enterpriseId === row.id);
  }
}
