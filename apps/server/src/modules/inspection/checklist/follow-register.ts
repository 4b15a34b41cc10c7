import type { RiskEventType } from '../../risk/index.ts';
import { defineSubscriber } from '../../../platform/events/index.ts';
import { systemAudit } from '../inspection-record.ts';
import { syncChecklist } from './commands/sync-checklist.ts';

type Followed = Extract<
  RiskEventType,
  | 'risk.measure-created'
  | 'risk.measure-updated'
  | 'risk.measure-deleted'
  | 'risk.event-updated'
  | 'risk.event-deleted'
  | 'risk.unit-updated'
  | 'risk.unit-archived'
>;

/**
 * Keeps checklists in step with the register. Each event re-syncs the whole enterprise from the
 * register's current state: at-least-once and out-of-order deliveries then converge, and a renamed
 * unit or event reaches every item that copies its name.
 */
export const followRegister = defineSubscriber<{ type: Followed }>({
  id: 'inspection.follow-register',
  on: [
    'risk.measure-created',
    'risk.measure-updated',
    'risk.measure-deleted',
    'risk.event-updated',
    'risk.event-deleted',
    'risk.unit-updated',
    'risk.unit-archived',
  ],
  async handle(event, ctx) {
    if (event.enterpriseId === null) return;
    await syncChecklist(ctx.db, systemAudit('inspection.follow-register'), event.enterpriseId);
  },
});
