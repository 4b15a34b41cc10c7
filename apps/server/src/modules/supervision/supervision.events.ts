import type { AssignmentDomainEvent } from './assignment/assignment.events.ts';
import type { EnforcementDomainEvent } from './enforcement/enforcement.events.ts';
import type { ListingDomainEvent } from './listing/listing.events.ts';
import type { MapDomainEvent } from './map/map.events.ts';
import type { ProgressDomainEvent } from './progress/progress.events.ts';
import type { RegionalDomainEvent } from './regional/regional.events.ts';

/** What happens in government supervision, by part; each event is also its audit action. */
export type SupervisionDomainEvent =
  | RegionalDomainEvent
  | MapDomainEvent
  | AssignmentDomainEvent
  | ListingDomainEvent
  | EnforcementDomainEvent
  | ProgressDomainEvent;
export type SupervisionEventType = SupervisionDomainEvent['type'];
