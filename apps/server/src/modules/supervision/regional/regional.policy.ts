import { can, type Actor } from '../../identity/index.ts';

// Regulators read the regional database, the tiers and the dashboard; their admins set the table.

export function mayRead(actor: Actor): boolean {
  return can(actor, 'supervision.read');
}

export function mayConfigure(actor: Actor): boolean {
  return can(actor, 'supervision.configure') && actor.regulatorId !== null;
}
