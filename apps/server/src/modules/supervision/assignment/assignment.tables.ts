import type { ColumnType } from 'kysely';
import type { AssignmentState, BulletinKind, RiskLevel } from '@shuangkong/contracts';
import type { Json, Timestamp } from '../../../kernel/index.ts';

type Defaulted<T> = ColumnType<T, T | undefined, T>;
type GradedLevel = Extract<RiskLevel, 'major' | 'significant'>;

/** Tables of the assignment part (登记造册, 交办, 销号, 通报): migrations/202612050300__supervision__assignment.sql. */
export type AssignmentTables = {
  supervisionAssignments: {
    enterpriseId: string;
    id: string;
    unitId: string;
    state: AssignmentState;
    gradedLevel: GradedLevel;
    currentLevel: RiskLevel | null;
    gradedOn: string;
    assignDueOn: string;
    regulatorId: string | null;
    regulatorName: string | null;
    docNumber: string | null;
    docYear: number | null;
    docSeq: number | null;
    letter: Json | null;
    respondBy: string | null;
    issuedAt: Timestamp | null;
    issuedBy: string | null;
    issuedByName: string | null;
    receivedAt: Timestamp | null;
    receivedBy: string | null;
    receivedByName: string | null;
    acknowledgedAt: Timestamp | null;
    acknowledgedBy: string | null;
    acknowledgedByName: string | null;
    verifyDueOn: string | null;
    closedAt: Timestamp | null;
    lapsedAt: Timestamp | null;
    version: Defaulted<number>;
    createdAt: Defaulted<Date>;
    updatedAt: Defaulted<Date>;
  };
  supervisionCloseOuts: {
    enterpriseId: string;
    id: string;
    assignmentId: string;
    levelAtRequest: Extract<RiskLevel, 'general' | 'low'>;
    statement: string;
    requestedBy: string;
    requestedByName: string;
    requestedAt: Timestamp;
    signedContent: Json;
    contentSha256: string;
    verifyDueOn: string;
    decision: 'approved' | 'returned' | null;
    decisionReason: string | null;
    decidedBy: string | null;
    decidedByName: string | null;
    decidedAt: Timestamp | null;
    published: Defaulted<boolean>;
  };
  supervisionBulletins: {
    id: string;
    regulatorId: string;
    kind: BulletinKind;
    periodStart: string;
    periodEnd: string;
    docNumber: string;
    docYear: number;
    docSeq: number;
    title: string;
    snapshot: Json;
    issuedAt: Timestamp;
    issuedBy: string;
    issuedByName: string;
  };
  supervisionBulletinRecipients: { enterpriseId: string; bulletinId: string };
  supervisionDocumentCounters: { regulatorId: string; word: string; year: number; lastSeq: number };
};
