import type { ControlMeasure, RiskDeletion } from '@shuangkong/contracts';
import { findTombstone } from '../../deletions/tombstones.repository.ts';
import type { Db } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import type { Actor } from '../../../identity/index.ts';
import { findEvent } from '../../events/events.repository.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { groupMeasures, presentMeasure } from '../measures.presenter.ts';
import { findMeasure, findMeasuresOfEvents } from '../measures.repository.ts';

/**
 * One measure; a deleted one as it was, with its deletion mark, so inspection tasks and hazards
 * that point at a retired measure still show what was checked; 404 outside the caller's scope.
 */
export async function getControlMeasure(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  measureId: string,
): Promise<{ data: ControlMeasure; deletion?: RiskDeletion }> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  const row = await findMeasure(db, enterprise, measureId);
  if (!row) {
    const tombstone = await findTombstone(db, enterprise, 'riskControlMeasure', measureId);
    if (!tombstone) throw notFound('Control measure');
    return { data: tombstone.snapshot as ControlMeasure, deletion: tombstone.deletion };
  }
  return { data: presentMeasure(row) };
}

/** An event's measures: controls by hierarchy preference, emergency measures apart. */
export async function getEventMeasures(db: Db, actor: Actor, enterpriseId: string, eventId: string) {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  const event = await findEvent(db, enterprise, eventId);
  if (!event) throw notFound('Risk event');
  return { data: groupMeasures(await findMeasuresOfEvents(db, enterprise, [eventId])) };
}
