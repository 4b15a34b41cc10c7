import { can, type Actor } from '../../../kernel/index.ts';

export function canReadAuditEvents(actor: Actor): boolean {
  return can(actor, 'audit.read');
}
