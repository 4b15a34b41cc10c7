/**
 * The facts risk reads from inspection's events. Risk is upstream of inspection and must not import
 * it, so it declares the shape it relies on here; inspection's catalogue (inspection.events.ts)
 * publishes at least these fields under these type names.
 */
export type CheckMissedFacts = { taskId: string; itemId: string; unitId: string; endsAt: string };
export type CheckRecordedFacts = { taskId: string; unitId: string; checkStatus: string };

export type InspectionCheckEvent =
  | { type: 'inspection.check-missed'; payload: CheckMissedFacts }
  | { type: 'inspection.check-recorded'; payload: CheckRecordedFacts };

/** The evidence's reference to the task whose check was missed. */
export const MISSED_CHECK_REF = 'inspectionTask';
