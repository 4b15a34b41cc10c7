import type { Db } from './risk.database.ts';
import { notFound } from '../../kernel/index.ts';
import { findEnterpriseForActor, type Actor } from '../identity/index.ts';

/**
 * An enterprise the actor has been proven to see. Only `load` constructs one, and every risk
 * repository function takes one, so no register query can run on an unchecked enterprise id.
 */
export class VisibleEnterprise {
  private constructor(
    readonly id: string,
    readonly name: string,
    readonly isHighRisk: boolean,
    readonly industryCodes: readonly string[],
    /** The actor belongs to this enterprise. */
    readonly isOwn: boolean,
  ) {}

  /** The enterprise if the actor may see it; 404 otherwise (outsiders learn nothing). */
  static async load(db: Db, actor: Actor, enterpriseId: string): Promise<VisibleEnterprise> {
    const row = await findEnterpriseForActor(db, actor, enterpriseId);
    if (!row || row.status !== 'approved') throw notFound('Enterprise');
    return new VisibleEnterprise(
      row.id,
      row.name,
      row.isHighRisk,
      row.industryCodes ?? [],
      actor.enterpriseId === row.id,
    );
  }
}
