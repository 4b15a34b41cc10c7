import type { HazardGrade, HazardState } from '@shuangkong/contracts';

/**
 * What happens in hazard management: the domain events it publishes, each also its audit action
 * (recordHazard accepts no other). `hazard.confirmed` carries the measure: a confirmed hazard on a
 * measure means the measure failed, which the register has no field for yet.
 */
export type HazardDomainEvent =
  | { type: 'hazard.reported'; unitId: string | null; measureId: string | null; dangerSrc: number }
  | {
      type: 'hazard.confirmed';
      unitId: string | null;
      measureId: string | null;
      grade: HazardGrade;
    }
  | { type: 'hazard.rejected'; unitId: string | null }
  | { type: 'hazard.merged'; intoHazardId: string }
  | { type: 'hazard.assigned'; ownerUserId: string; deadline: string }
  | { type: 'hazard.plan-submitted' }
  | { type: 'hazard.plan-approved'; ownerUserId: string; deadline: string }
  | { type: 'hazard.rectification-submitted'; immediate: boolean }
  | { type: 'hazard.accepted'; unitId: string | null }
  | { type: 'hazard.sent-back' }
  | { type: 'hazard.extension-requested'; extensionId: string; newDeadline: string }
  | { type: 'hazard.extension-approved'; extensionId: string; newDeadline: string }
  | { type: 'hazard.extension-refused'; extensionId: string }
  | { type: 'hazard.voided'; unitId: string | null; from: HazardState }
  | { type: 'hazard.handed-over' }
  | { type: 'hazard.overdue'; deadline: string; escalationLevel: number }
  | { type: 'hazard.photo-added'; fileId: string; kind: 'before' | 'after' };

export type HazardEventType = HazardDomainEvent['type'];
