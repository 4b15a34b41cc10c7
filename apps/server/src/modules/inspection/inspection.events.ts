import type { CheckStatus } from '@shuangkong/contracts';

/**
 * What happens in inspection: the domain events it publishes, each also its audit action
 * (recordInspection accepts no other). Risk subscribes to check-missed and check-recorded to
 * mark a unit out of control and clear the mark; hazard to finding-reported to register hazards.
 */
export type InspectionDomainEvent =
  | { type: 'inspection.items-synced'; created: number; updated: number; retired: number }
  | { type: 'inspection.item-updated'; itemId: string; unitId: string }
  | { type: 'inspection.check-missed'; taskId: string; itemId: string; unitId: string; endsAt: string }
  | {
      type: 'inspection.check-recorded';
      taskId: string;
      unitId: string;
      checkStatus: CheckStatus;
      abnormalItemIds: string[];
    }
  /** A second record for a task already completed (another device): kept, waiting for review. */
  | { type: 'inspection.check-duplicated'; taskId: string; unitId: string; firstRecordId: string }
  /** A correction of a record: a new record pointing at the old one, which stays as it was. */
  | {
      type: 'inspection.record-corrected';
      taskId: string;
      unitId: string;
      correctsRecordId: string;
      checkStatus: CheckStatus;
    }
  | { type: 'inspection.duplicate-reviewed'; taskId: string; firstRecordId: string | null }
  | { type: 'inspection.settings-updated'; requireScan: boolean }
  /**
   * One abnormal answer became a finding (what was seen, photos taken on the spot). Self-contained
   * so the hazard module can register a reported hazard without reading inspection's tables.
   * `dangerSrc` is the national source code (1–10) of the inspection kind that found it.
   */
  | {
      type: 'inspection.finding-reported';
      findingId: string;
      recordId: string;
      taskId: string;
      itemId: string;
      unitId: string;
      eventId: string | null;
      measureId: string | null;
      description: string;
      /** The control measure checked, so the hazard can be named without reading inspection. */
      measureContent: string;
      photoFileIds: string[];
      reportedByUserId: string;
      foundAt: string;
      dangerSrc: number;
    }
  | { type: 'inspection.plan-created'; kind: number; tasks: number; startDate: string; endDate: string }
  | { type: 'inspection.plan-cancelled'; withdrawnTasks: number }
  | { type: 'inspection.steward-defaults-updated'; roles: string[] }
  | { type: 'inspection.out-of-service-created'; unitId: string }
  | { type: 'inspection.out-of-service-updated'; unitId: string }
  | { type: 'inspection.out-of-service-deleted'; unitId: string };

export type InspectionEventType = InspectionDomainEvent['type'];
