import type { ColumnType } from 'kysely';
import type { ListingAuthority, ListingState } from '@shuangkong/contracts';
import type { Timestamp } from '../../../kernel/index.ts';

type Defaulted<T> = ColumnType<T, T | undefined, T>;
/** date columns: 'YYYY-MM-DD' (the app reads dates as strings). */
type CivilDate = string;

/** Tables of the listing part (挂牌督办 of major hazards), created by …__supervision__hazard-listings.sql. */
export type ListingTables = {
  supervisionHazardListings: {
    enterpriseId: string;
    id: string;
    hazardId: string;
    regulatorId: string;
    authority: ListingAuthority;
    authorityName: string;
    documentNo: string;
    requirements: string;
    deadline: CivilDate;
    deadlineWorkingDays: number | null;
    state: Defaulted<ListingState>;
    published: Defaulted<boolean>;
    listedBy: string | null;
    listedAt: Timestamp;
    agencyUserId: string | null;
    evaluationRequestedAt: Timestamp | null;
    evaluationRequestNote: string | null;
    evaluationDue: CivilDate | null;
    returns: Defaulted<number>;
    exposureNotice: string | null;
    exposedAt: Timestamp | null;
    delistingNotice: string | null;
    delistedBy: string | null;
    delistedAt: Timestamp | null;
    version: Defaulted<number>;
    createdAt: Defaulted<Date>;
    updatedAt: Defaulted<Date>;
  };
  supervisionListingEvaluations: {
    enterpriseId: string;
    id: string;
    listingId: string;
    agencyName: string;
    evaluators: string;
    evaluatedOn: CivilDate;
    passed: boolean;
    conclusion: string;
    reasons: string | null;
    reportFileId: string;
    recordedBy: string | null;
    recordedAt: Timestamp;
  };
  supervisionListingVerifications: {
    enterpriseId: string;
    id: string;
    listingId: string;
    verifiedOn: CivilDate;
    inspectors: string;
    passed: boolean;
    conclusion: string;
    recordedBy: string | null;
    recordedAt: Timestamp;
  };
  supervisionListingInterviews: {
    enterpriseId: string;
    id: string;
    listingId: string;
    heldOn: CivilDate;
    attendees: string;
    content: string;
    commitments: string;
    recordedBy: string | null;
    recordedAt: Timestamp;
  };
};
