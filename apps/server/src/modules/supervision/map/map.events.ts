/** Domain events of the map part; each is also its audit action. */
export type MapDomainEvent = never;
