import type { HazardState, ListingState } from '@shuangkong/contracts';
import { forbidden } from '../../../../kernel/index.ts';
import { shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import type { Actor } from '../../../identity/index.ts';
import type { CommandContext, Trx } from '../../supervision.database.ts';
import { listingErrors } from '../listing.errors.ts';
import { mayDo, permissionFor } from '../listing.policy.ts';
import { ListingScope } from '../listing-scope.ts';
import { decideListingTransition, isListingOverdue, type ListingAction } from '../listing.state.ts';

export type LoadedListing = {
  id: string;
  enterpriseId: string;
  hazardId: string;
  hazardName: string;
  hazardState: HazardState;
  state: ListingState;
  deadline: string;
  version: number;
  listedBy: string | null;
  agencyUserId: string | null;
  exposedAt: Date | null;
  returns: number;
};

export type TransitionStep = {
  trx: Trx;
  listing: LoadedListing;
  to: ListingState;
  today: string;
  actor: Actor;
  /** Writes the new state with the optimistic version check; extra columns beside it. */
  update: (columns: Record<string, unknown>) => Promise<void>;
};

/**
 * One action on a listing: scope (404 for outsiders) → policy (403) → state machine (409) → the
 * action's writes and its record, all in one transaction. A concurrent change fails the version
 * check and nothing is written.
 */
export async function runListingTransition<T>(
  ctx: CommandContext,
  id: string,
  action: ListingAction,
  options: { passed?: boolean },
  apply: (step: TransitionStep) => Promise<T>,
): Promise<T> {
  const scope = await ListingScope.load(ctx.db, ctx.actor, id);
  if (!mayDo(ctx.actor, scope, action)) throw forbidden(permissionFor[action]);
  const today = shanghaiCivilDate();
  return ctx.db.transaction().execute(async (trx) => {
    const listing = await trx
      .selectFrom('supervisionHazardListings as l')
      .innerJoin('hazards as h', (j) =>
        j.onRef('h.enterpriseId', '=', 'l.enterpriseId').onRef('h.id', '=', 'l.hazardId'),
      )
      .select([
        'l.id',
        'l.enterpriseId',
        'l.hazardId',
        'h.name as hazardName',
        'h.state as hazardState',
        'l.state',
        'l.deadline',
        'l.version',
        'l.listedBy',
        'l.agencyUserId',
        'l.exposedAt',
        'l.returns',
      ])
      .where('l.enterpriseId', '=', scope.enterpriseId)
      .where('l.id', '=', scope.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const decision = decideListingTransition(listing.state, action, {
      hazardState: listing.hazardState,
      overdue: isListingOverdue(listing.state, listing.deadline, today),
      exposed: listing.exposedAt !== null,
      ...(options.passed === undefined ? {} : { passed: options.passed }),
    });
    if (!decision.ok) throw listingErrors.refused(decision.code, listing.state, action);
    const to = decision.to;
    const update = async (columns: Record<string, unknown>) => {
      const result = await trx
        .updateTable('supervisionHazardListings')
        .set({ ...columns, state: to, version: listing.version + 1, updatedAt: new Date() })
        .where('enterpriseId', '=', listing.enterpriseId)
        .where('id', '=', listing.id)
        .where('version', '=', listing.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw listingErrors.changed();
    };
    return apply({ trx, listing, to, today, actor: ctx.actor, update });
  });
}
