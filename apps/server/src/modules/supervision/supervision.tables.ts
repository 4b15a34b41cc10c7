import type { AssignmentTables } from './assignment/assignment.tables.ts';
import type { EnforcementTables } from './enforcement/enforcement.tables.ts';
import type { ListingTables } from './listing/listing.tables.ts';
import type { MapTables } from './map/map.tables.ts';
import type { ProgressTables } from './progress/progress.tables.ts';
import type { RegionalTables } from './regional/regional.tables.ts';

/** Every table supervision's migrations create, by part. */
export type SupervisionTables = RegionalTables &
  MapTables &
  AssignmentTables &
  ListingTables &
  EnforcementTables &
  ProgressTables;
