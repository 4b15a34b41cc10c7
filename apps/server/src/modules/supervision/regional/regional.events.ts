/** Domain events of the regional part; each is also its audit action. */
export type RegionalDomainEvent = never;
