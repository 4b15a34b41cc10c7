import { can } from '../../kernel/index.ts';
import type { Actor } from '../identity/index.ts';
import type { InspectionScope } from './inspection-scope.ts';

// Regulators read an enterprise's inspection data; only the enterprise's own staff change it.

export function mayRead(actor: Actor): boolean {
  return can(actor, 'inspection.read');
}

export function mayManage(actor: Actor, scope: InspectionScope): boolean {
  return scope.isOwn && can(actor, 'inspection.manage');
}

export function mayCheck(actor: Actor, scope: InspectionScope, task: { status: string }): boolean {
  return mayRecordChecks(actor, scope) && task.status === 'pending';
}

/**
 * Whether the actor may send records at all. A record for a task no longer pending is still
 * taken in (a second device's, one queued offline, a correction) and sorted out by submitRecord.
 */
export function mayRecordChecks(actor: Actor, scope: InspectionScope): boolean {
  return scope.isOwn && can(actor, 'inspection.check');
}
