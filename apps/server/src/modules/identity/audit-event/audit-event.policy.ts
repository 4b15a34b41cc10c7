import { can, type Actor } from '../actor.ts';

export function canReadAuditEvents(actor: Actor): boolean {
  return can(actor, 'audit.read');
}
