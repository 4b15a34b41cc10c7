/** Domain events of the progress part; each is also its audit action. */
export type ProgressDomainEvent = never;
