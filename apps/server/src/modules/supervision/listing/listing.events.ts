/** Domain events of the listing part; each is also its audit action. */
export type ListingDomainEvent = never;
