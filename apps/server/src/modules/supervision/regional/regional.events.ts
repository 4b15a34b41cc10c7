import type { TierTableRow } from '@shuangkong/contracts';

/** Domain events of the regional part; each is also its audit action. */
export type RegionalDomainEvent = {
  type: 'supervision.tier-table-saved';
  regulatorId: string;
  rows: TierTableRow[];
};
