import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { notFound } from '../../../kernel/index.ts';
import { enterpriseVisibleTo, type Actor } from '../../identity/index.ts';
import type { DB, Db } from '../supervision.database.ts';

type EB = ExpressionBuilder<DB & { l: DB['supervisionHazardListings']; e: DB['enterprises'] }, 'l' | 'e'>;

/**
 * The listings an actor may see, as a WHERE condition on aliases `l` (the listing) and `e` (its
 * enterprise): regulators in remit and the enterprise itself through identity's scope rule; an
 * agency account only the listings whose evaluation it was commissioned for.
 */
export function listingVisibleTo(actor: Actor) {
  return (eb: EB): Expression<SqlBool> => {
    if (actor.scope.kind === 'none') {
      if (!actor.permissions.has('supervision.evaluate')) return sql<boolean>`false`;
      return eb('l.agencyUserId', '=', actor.userId);
    }
    return enterpriseVisibleTo(actor)(eb as unknown as Parameters<ReturnType<typeof enterpriseVisibleTo>>[0]);
  };
}

/** Proof that the actor may see this listing; only `load` makes one (404 for everyone else). */
export class ListingScope {
  private constructor(
    readonly id: string,
    readonly enterpriseId: string,
    readonly hazardId: string,
    /** The actor is staff of the listed enterprise. */
    readonly isOwn: boolean,
    /** The actor is the agency commissioned for the evaluation. */
    readonly isAgency: boolean,
    /** The actor is a regulator with this enterprise in remit. */
    readonly isRegulator: boolean,
  ) {}

  static async load(db: Db, actor: Actor, id: string): Promise<ListingScope> {
    const row = await db
      .selectFrom('supervisionHazardListings as l')
      .innerJoin('enterprises as e', 'e.id', 'l.enterpriseId')
      .select(['l.id', 'l.enterpriseId', 'l.hazardId', 'l.agencyUserId'])
      .where('l.id', '=', id)
      .where(listingVisibleTo(actor))
      .executeTakeFirst();
    if (!row) throw notFound('Listing');
    return new ListingScope(
      row.id,
      row.enterpriseId,
      row.hazardId,
      actor.enterpriseId === row.enterpriseId,
      row.agencyUserId !== null && row.agencyUserId === actor.userId,
      actor.scope.kind === 'regulator',
    );
  }
}
