/** Tables of the listing part (挂牌督办 of major hazards: listing, evaluation, verification, delisting, escalation.). Filled by its migrations. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type ListingTables = {};
