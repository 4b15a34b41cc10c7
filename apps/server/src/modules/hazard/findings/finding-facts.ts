/**
 * What hazard reads from inspection's finding events, declared here so hazard depends on the
 * event's shape, not on the inspection module (the same way risk reads check events, ADR 0012).
 */
export type FindingReportedFacts = {
  findingId: string;
  recordId: string;
  taskId: string;
  itemId: string;
  unitId: string;
  eventId: string | null;
  measureId: string | null;
  description: string;
  measureContent: string;
  photoFileIds: string[];
  reportedByUserId: string;
  foundAt: string;
  dangerSrc: number;
};

export type FindingReportedEvent = { type: 'inspection.finding-reported'; payload: FindingReportedFacts };
