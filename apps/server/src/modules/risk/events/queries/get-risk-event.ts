import type { RiskDeletion, RiskEvent } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import type { Actor } from '../../../identity/index.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { findTombstone } from '../../deletions/tombstones.repository.ts';
import { presentEvent } from '../events.presenter.ts';
import { findEvent, findFactors } from '../events.repository.ts';

/**
 * One risk event with its factors; a deleted one as it was, with its deletion mark; 404 outside
 * the caller's scope.
 */
export async function getRiskEvent(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  eventId: string,
): Promise<{ data: RiskEvent; deletion?: RiskDeletion }> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  const row = await findEvent(db, enterprise, eventId);
  if (!row) {
    const tombstone = await findTombstone(db, enterprise, 'riskEvent', eventId);
    if (!tombstone) throw notFound('Risk event');
    return { data: tombstone.snapshot as RiskEvent, deletion: tombstone.deletion };
  }
  return { data: presentEvent(row, await findFactors(db, enterprise, [eventId])) };
}
