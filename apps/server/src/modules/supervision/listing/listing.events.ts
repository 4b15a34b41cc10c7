import type { ListingState } from '@shuangkong/contracts';

/** Domain events of the listing part (挂牌督办); each is also its audit action. */
export type ListingDomainEvent =
  | { type: 'supervision.hazard-listed'; hazardId: string; deadline: string; published: boolean }
  | {
      type: 'supervision.listing-evaluation-requested';
      hazardId: string;
      agencyUserId: string;
      evaluationDue: string;
    }
  | { type: 'supervision.listing-evaluated'; hazardId: string; passed: boolean; to: ListingState }
  | { type: 'supervision.listing-verified'; hazardId: string; passed: boolean; to: ListingState }
  | { type: 'supervision.hazard-delisted'; hazardId: string }
  | { type: 'supervision.listing-interview-recorded'; hazardId: string; heldOn: string }
  | { type: 'supervision.listing-exposed'; hazardId: string };
