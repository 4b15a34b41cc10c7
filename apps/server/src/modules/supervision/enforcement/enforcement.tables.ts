import type { ColumnType } from 'kysely';
import type {
  DrawInput,
  DrawPick,
  EnforcementInspectionKind,
  PenaltyKind,
  EnforcementLevel,
} from '@shuangkong/contracts';
import type { Json, Timestamp } from '../../../kernel/index.ts';

type Defaulted<T> = ColumnType<T, T | undefined, T>;
/** bigint columns come back as strings from PostgreSQL. */
type BigIntColumn = ColumnType<string, number | string, number | string>;

/** The published record of a draw: the excluded enterprises besides the draw's own input. */
export type StoredDrawInput = DrawInput & {
  excludeMonths: number;
  excluded: {
    enterpriseId: string;
    enterpriseName: string;
    reason: 'inspected' | 'penalised' | 'scheduled';
    on: string;
  }[];
};

/** Tables of the enforcement part (执法), created by migrations/202612050500__supervision__enforcement.sql. */
export type EnforcementTables = {
  enforcementPlans: {
    id: string;
    regulatorId: string;
    year: number;
    frequencyMajor: number;
    frequencySignificant: number;
    frequencyGeneral: number;
    frequencyLow: number;
    randomSharePercent: Defaulted<number>;
    note: string | null;
    updatedBy: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  inspectionPools: {
    id: string;
    regulatorId: string;
    year: number;
    name: string;
    industryCodes: Defaulted<string[]>;
    scales: Defaulted<string[]>;
    levels: Defaulted<string[]>;
    state: Defaulted<'draft' | 'filed'>;
    filedAt: Timestamp | null;
    filedBy: string | null;
    isFiledLate: Defaulted<boolean>;
    createdBy: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  inspectionPoolEnterprises: {
    enterpriseId: string;
    poolId: string;
    enterpriseName: string;
    tier: EnforcementLevel;
  };
  inspectionPoolInspectors: {
    poolId: string;
    userId: string;
    name: string;
    isExpert: Defaulted<boolean>;
  };
  randomDraws: {
    id: string;
    poolId: string;
    regulatorId: string;
    title: string;
    algorithm: string;
    seed: string;
    input: Json<StoredDrawInput>;
    result: Json<DrawPick[]>;
    resultDigest: string;
    drawnBy: string | null;
    drawnAt: Timestamp;
  };
  enforcementConflicts: {
    enterpriseId: string;
    id: string;
    regulatorId: string;
    inspectorId: string;
    reason: string;
    recordedBy: string | null;
    recordedAt: Timestamp;
    removedAt: Timestamp | null;
    removedBy: string | null;
    removalReason: string | null;
  };
  enforcementInspections: {
    enterpriseId: string;
    id: string;
    regulatorId: string;
    kind: EnforcementInspectionKind;
    drawId: string | null;
    state: Defaulted<'planned' | 'recorded'>;
    inspectorIds: string[];
    inspectorNames: string[];
    expertIds: Defaulted<string[]>;
    expertNames: Defaulted<string[]>;
    agencyName: string | null;
    plannedOn: string | null;
    inspectedOn: string | null;
    summary: string | null;
    isPublished: Defaulted<boolean>;
    publishedAt: Timestamp | null;
    createdBy: string | null;
    recordedBy: string | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  enforcementFindings: {
    enterpriseId: string;
    id: string;
    inspectionId: string;
    seq: number;
    description: string;
    legalBasis: string | null;
    grade: 'general' | 'major';
    orderNo: string;
    deadline: string;
    hazardId: string;
    createdAt: Timestamp;
  };
  enforcementPenalties: {
    enterpriseId: string;
    id: string;
    regulatorId: string;
    inspectionId: string | null;
    kind: PenaltyKind;
    amountFen: BigIntColumn | null;
    decisionNo: string;
    decidedAt: string;
    legalBasis: string | null;
    description: string | null;
    recordedBy: string | null;
    createdAt: Timestamp;
  };
  blacklistEntries: {
    enterpriseId: string;
    id: string;
    regulatorId: string;
    legalBasis: string;
    reason: string;
    decisionNo: string;
    decidedOn: string;
    addedBy: string | null;
    addedAt: Timestamp;
    removedAt: Timestamp | null;
    removedBy: string | null;
    removalReason: string | null;
  };
  blacklistPublications: {
    id: string;
    regulatorId: string;
    year: number;
    quarter: number;
    entries: Json<
      {
        enterpriseName: string;
        creditCode: string;
        legalBasis: string;
        reason: string;
        decisionNo: string;
        decidedOn: string;
      }[]
    >;
    publishedBy: string | null;
    publishedAt: Timestamp;
  };
};
