import { notFound } from '../../kernel/index.ts';
import { type Actor, findEnterpriseForActor } from '../identity/index.ts';
import type { Db } from './hazard.database.ts';

/**
 * An enterprise the actor has been proven to see. Only `load` makes one and every hazard
 * repository takes one, so no query runs on an unchecked enterprise id. Regulators in remit see
 * the enterprise but, through `majorOnly`, only its major hazards.
 */
export class HazardScope {
  private constructor(
    readonly id: string,
    /** The actor belongs to this enterprise (only its own staff report and rectify). */
    readonly isOwn: boolean,
  ) {}

  /** Outsiders see major hazards only (regulators in remit); staff see all. */
  get majorOnly(): boolean {
    return !this.isOwn;
  }

  /** The enterprise if the actor may see it; 404 otherwise (outsiders learn nothing). */
  static async load(db: Db, actor: Actor, enterpriseId: string): Promise<HazardScope> {
    const row = await findEnterpriseForActor(db, actor, enterpriseId);
    if (!row || row.status !== 'approved') throw notFound('Enterprise');
    return new HazardScope(row.id, actor.enterpriseId === row.id);
  }
}
