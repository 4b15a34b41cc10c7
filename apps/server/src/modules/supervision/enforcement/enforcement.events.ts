/** Domain events of the enforcement part; each is also its audit action. */
export type EnforcementDomainEvent = never;
