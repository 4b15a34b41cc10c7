/** Domain events of the progress part; each is also its audit action. */
export type ProgressDomainEvent =
  | { type: 'supervision.progress-report-submitted'; month: string; resubmitted: boolean }
  | { type: 'supervision.progress-report-accepted'; month: string }
  | { type: 'supervision.progress-report-returned'; month: string; comment: string };
