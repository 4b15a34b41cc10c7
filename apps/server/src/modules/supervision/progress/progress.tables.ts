import type { ProgressReportFigures, ProgressReportState } from '@shuangkong/contracts';
import type { ColumnType } from 'kysely';
import type { Timestamp } from '../../../kernel/index.ts';

type Defaulted<T> = ColumnType<T, T | undefined, T>;

/** Tables of the progress part (双控机制建设进展: the enterprises' monthly reports). */
export type ProgressTables = {
  supervisionProgressReports: {
    enterpriseId: string;
    id: string;
    /** 'YYYY-MM'. */
    month: string;
    state: ProgressReportState;
    figures: ColumnType<ProgressReportFigures, string, string>;
    teamEstablished: boolean;
    rulesEstablished: boolean;
    trainingSessions: number;
    trainedPeople: number;
    problems: Defaulted<string>;
    nextSteps: Defaulted<string>;
    submittedBy: string | null;
    submittedByName: string;
    submittedAt: Timestamp;
    reviewedBy: string | null;
    reviewedByName: string | null;
    reviewedAt: Timestamp | null;
    reviewComment: Defaulted<string>;
    version: Defaulted<number>;
    createdAt: Defaulted<Date>;
    updatedAt: Defaulted<Date>;
  };
};
