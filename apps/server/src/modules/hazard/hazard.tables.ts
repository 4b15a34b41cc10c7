import type { ColumnType } from 'kysely';
import type {
  HazardFoundBy,
  HazardGrade,
  HazardPhotoKind,
  HazardSignatureKind,
  HazardState,
  RectificationType,
} from '@shuangkong/contracts';
import type { Timestamp } from '../../kernel/index.ts';

type Defaulted<T> = ColumnType<T, T | undefined, T>;
/** numeric columns come back as strings from PostgreSQL. */
type Numeric = ColumnType<string, number | string, number | string>;

/** Kysely types of the tables migrations/…__hazard__*.sql create. */
export type HazardTables = {
  hazards: {
    enterpriseId: string;
    id: string;
    name: string;
    description: string;
    cause: string | null;
    location: string | null;
    state: Defaulted<HazardState>;
    grade: HazardGrade | null;
    majorCriterionKey: string | null;
    dangerSrc: number;
    hazardType: number | null;
    managementClassification: number | null;
    occurrenceLink: number | null;
    foundBy: Defaulted<HazardFoundBy>;
    rectificationType: RectificationType | null;
    unitId: string | null;
    objectId: string | null;
    eventId: string | null;
    measureId: string | null;
    inspectionRecordId: string | null;
    inspectionItemId: string | null;
    enforcementId: string | null;
    registeredAt: Timestamp;
    registrantId: string | null;
    reporterHidden: Defaulted<boolean>;
    ownerUserId: string | null;
    /** 'YYYY-MM-DD'. */
    deadline: string | null;
    measures: string | null;
    cost: Numeric | null;
    rectifiedBy: string | null;
    rectifiedAt: Timestamp | null;
    acceptorId: string | null;
    acceptedAt: Timestamp | null;
    acceptanceComment: string | null;
    mergedIntoId: string | null;
    overdueSince: string | null;
    escalationLevel: Defaulted<number>;
    version: Defaulted<number>;
    createdAt: Defaulted<Date>;
    updatedAt: Defaulted<Date>;
  };
  hazardPhotos: {
    enterpriseId: string;
    hazardId: string;
    fileId: string;
    kind: HazardPhotoKind;
    uploadedBy: string | null;
    createdAt: Defaulted<Date>;
  };
  hazardSteps: {
    enterpriseId: string;
    id: string;
    hazardId: string;
    action: string;
    fromState: HazardState | null;
    toState: HazardState;
    actorId: string | null;
    actorName: string | null;
    note: string | null;
    at: Timestamp;
  };
  hazardExtensions: {
    enterpriseId: string;
    id: string;
    hazardId: string;
    reason: string;
    oldDeadline: string;
    newDeadline: string;
    state: Defaulted<'requested' | 'approved' | 'refused'>;
    requestedBy: string;
    requestedAt: Timestamp;
    decidedBy: string | null;
    decidedAt: Timestamp | null;
    comment: string | null;
  };
  hazardSignatures: {
    enterpriseId: string;
    id: string;
    hazardId: string;
    kind: HazardSignatureKind;
    signerId: string;
    signerName: string;
    signedAt: Timestamp;
    content: ColumnType<unknown, string, string>;
    contentSha256: string;
  };
  hazardRectificationPlans: {
    enterpriseId: string;
    hazardId: string;
    ownerUserId: string;
    goal: string;
    measures: string;
    funds: Numeric;
    materials: string | null;
    organisation: string;
    deadline: string;
    contingency: string;
    protectiveMeasures: string;
    submittedBy: string;
    submittedAt: Timestamp;
    approvedBy: string | null;
    approvedAt: Timestamp | null;
    evaluationBy: string | null;
    evaluationThirdParty: boolean | null;
    evaluationDate: string | null;
    evaluationConclusion: string | null;
  };
};
