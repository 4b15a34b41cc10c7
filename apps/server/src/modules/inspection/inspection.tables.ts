import type { ColumnType } from 'kysely';
import type {
  CheckAnswer,
  CheckCycleUnit,
  CheckStatus,
  InspectionTaskStatus,
  InspectionWorkType,
  WorkDayType,
} from '@shuangkong/contracts';
import type { Timestamp } from '../../kernel/index.ts';

type Defaulted<T> = ColumnType<T, T | undefined, T>;

/** Kysely types of the tables migrations/…__inspection__*.sql create. */
export type InspectionTables = {
  inspectionItems: {
    enterpriseId: string;
    id: string;
    measureId: string;
    eventId: string;
    unitId: string;
    unitName: string;
    eventName: string;
    measureContent: string;
    failureSign: Defaulted<string>;
    troubleshootContent: Defaulted<string>;
    responsibleUnitId: string | null;
    responsibleUserId: string | null;
    /** The post (岗位, an org unit of kind post) whose daily checklist lists the item. */
    postId: string | null;
    checkCycle: Defaulted<number>;
    checkCycleUnit: Defaulted<CheckCycleUnit>;
    workStartTime: string | null;
    workEndTime: string | null;
    dayType: Defaulted<WorkDayType>;
    workType: Defaulted<InspectionWorkType>;
    /** Every answer to this item needs a photo taken on the spot. */
    photoRequired: Defaulted<boolean>;
    /** 'YYYY-MM-DD'. */
    activeFrom: string;
    retiredAt: Timestamp | null;
    version: Defaulted<number>;
    createdAt: Defaulted<Date>;
    updatedAt: Defaulted<Date>;
  };
  inspectionTasks: {
    enterpriseId: string;
    id: string;
    itemId: string;
    measureId: string;
    unitId: string;
    periodStart: string;
    dueDate: string;
    startsAt: Timestamp;
    endsAt: Timestamp;
    checkCycle: number;
    checkCycleUnit: CheckCycleUnit;
    workStartTime: string | null;
    workEndTime: string | null;
    dayType: WorkDayType;
    workType: InspectionWorkType;
    stewardItemNo: number | null;
    /** 排查类型, national source code; 1 routine. */
    kind: Defaulted<number>;
    planId: Defaulted<string | null>;
    /** A plan's tasks are its assignees'; null: the item's responsible person, or everyone. */
    assigneeIds: Defaulted<string[] | null>;
    status: Defaulted<InspectionTaskStatus>;
    createdAt: Defaulted<Date>;
  };
  inspectionRecords: {
    enterpriseId: string;
    id: string;
    taskId: string;
    checkTime: Timestamp;
    checkStatus: CheckStatus;
    isSteward: Defaulted<boolean>;
    byMobile: Defaulted<boolean>;
    scanned: Defaulted<boolean>;
    checkedBy: string | null;
    checkedByName: Defaulted<string>;
    note: Defaulted<string>;
    createdAt: Defaulted<Date>;
    clientRecordId: string | null;
    submittedAt: Defaulted<Date>;
    duplicateOf: string | null;
    correctsRecordId: string | null;
    needsReview: Defaulted<boolean>;
    reviewedBy: string | null;
    reviewedAt: Timestamp | null;
  };
  inspectionRecordAnswers: {
    enterpriseId: string;
    recordId: string;
    itemId: string;
    answer: CheckAnswer;
    note: Defaulted<string>;
    photoFileIds: Defaulted<string[]>;
  };
  inspectionSettings: {
    enterpriseId: string;
    /** Checks are taken only from the unit's page opened by scanning its printed card. */
    requireScan: Defaulted<boolean>;
    updatedBy: string | null;
    updatedAt: Defaulted<Date>;
  };
  inspectionStewardDefaults: {
    enterpriseId: string;
    role: 'principal' | 'technical' | 'operational';
    checkCycle: number;
    checkCycleUnit: CheckCycleUnit;
    updatedAt: Defaulted<Date>;
  };
  inspectionPlans: {
    enterpriseId: string;
    id: string;
    name: string;
    kind: number;
    /** 'YYYY-MM-DD' both. */
    startDate: ColumnType<string, string, string>;
    endDate: ColumnType<string, string, string>;
    workStartTime: string | null;
    workEndTime: string | null;
    unitIds: string[];
    itemIds: string[];
    assigneeIds: string[];
    description: Defaulted<string>;
    createdBy: string | null;
    createdByName: Defaulted<string>;
    createdAt: Defaulted<Date>;
    cancelledAt: Timestamp | null;
    cancelReason: string | null;
  };
  inspectionOutOfService: {
    enterpriseId: string;
    id: string;
    unitId: string;
    startAt: Timestamp;
    endAt: Timestamp | null;
    reason: string;
    createdAt: Defaulted<Date>;
  };
};
