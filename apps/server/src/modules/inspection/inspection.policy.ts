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
  return scope.isOwn && can(actor, 'inspection.check') && task.status === 'pending';
}
