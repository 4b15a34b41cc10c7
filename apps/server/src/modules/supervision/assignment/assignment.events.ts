/** Domain events of the assignment part; each is also its audit action. */
export type AssignmentDomainEvent = never;
