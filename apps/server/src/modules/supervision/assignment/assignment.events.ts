import type { BulletinKind, RiskLevel } from '@shuangkong/contracts';

/** Domain events of the assignment part; each is also its audit action. */
export type AssignmentDomainEvent =
  | { type: 'supervision.risk-registered'; unitId: string; level: RiskLevel; gradedOn: string }
  | { type: 'supervision.risk-level-tracked'; unitId: string; from: RiskLevel | null; to: RiskLevel | null }
  | { type: 'supervision.registration-lapsed'; unitId: string }
  | {
      type: 'supervision.risk-assigned';
      unitId: string;
      docNumber: string;
      regulatorId: string;
      late: boolean;
    }
  | { type: 'supervision.assignment-received'; unitId: string }
  | { type: 'supervision.assignment-acknowledged'; unitId: string }
  | { type: 'supervision.close-out-requested'; unitId: string; closeOutId: string; level: RiskLevel }
  | {
      type: 'supervision.close-out-verified';
      unitId: string;
      closeOutId: string;
      decision: 'approved' | 'returned';
      published: boolean;
    }
  | { type: 'supervision.bulletin-issued'; kind: BulletinKind; docNumber: string; enterprises: number };
