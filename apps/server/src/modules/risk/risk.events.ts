import type { RiskLevel } from '@shuangkong/contracts';

/**
 * What happens in the register: the domain events risk publishes through the outbox, each also
 * its audit action (recordRisk in risk-record.ts accepts no other). Later modules subscribe to some
 * (inspection derives checklists from approved measures, supervision watches major risks). The
 * fields beside `type` are the event's facts.
 */
export type RiskDomainEvent =
  | { type: 'risk.settings-updated' | 'risk.tiers-updated'; enterpriseId: string }
  | { type: 'risk.industry-tables-updated' | 'risk.industry-tables-removed'; industryCode: string }
  | { type: 'risk.object-created' | 'risk.object-updated' | 'risk.object-archived'; objectId: string }
  | { type: 'risk.stewards-updated'; objectId: string }
  | { type: 'risk.unit-created' | 'risk.unit-updated' | 'risk.unit-archived'; unitId: string }
  | {
      type: 'risk.event-created' | 'risk.event-updated' | 'risk.event-deleted';
      eventId: string;
      unitId: string;
    }
  | { type: 'risk.event-assessed'; eventId: string; kind: 'inherent' | 'residual'; level: RiskLevel }
  | {
      type: 'risk.measure-created' | 'risk.measure-updated' | 'risk.measure-deleted';
      measureId: string;
      eventId: string;
    }
  | {
      type:
        | 'risk.unit-submitted'
        | 'risk.unit-reviewed'
        | 'risk.unit-approved'
        | 'risk.unit-rejected'
        | 'risk.unit-withdrawn'
        | 'risk.unit-reopened';
      unitId: string;
    }
  | {
      type: 'risk.unit-level-changed';
      unitId: string;
      from: RiskLevel | null;
      to: RiskLevel | null;
      cause: string;
    }
  | { type: 'risk.evidence-raised' | 'risk.evidence-cleared'; unitId: string; evidenceId: string }
  | { type: 'risk.template-copied'; industryCode: string }
  | { type: 'risk.card-printed'; kind: 'post' | 'emergency' }
  | { type: 'risk.register-imported'; units: number; events: number }
  | { type: 'risk.register-published'; revision: number }
  | { type: 'risk.full-review-recorded'; completedAt: string }
  | { type: 'risk.change-recorded'; changeId: string; unitIds: string[] }
  | { type: 'risk.measure-failed'; unitId: string; measureId: string; hazardId: string }
  | { type: 'risk.major-source-evaluated'; objectId: string; isMajorSource: boolean; grade: number | null }
  | { type: 'risk.major-source-facts-updated'; objectId: string; registrationCode: string | null }
  | {
      type:
        | 'risk.site-plan-created'
        | 'risk.site-plan-placements-replaced'
        | 'risk.site-plan-geo-referenced'
        | 'risk.site-plan-deleted';
      sitePlanId: string;
    };

export type RiskEventType = RiskDomainEvent['type'];
