export { defineJob, PermanentJobError } from './define-job.ts';
export type { AnyJobDefinition, JobContext, JobDefinition, JobRef } from './define-job.ts';
export { enqueueJob, DEFAULT_MAX_ATTEMPTS } from './enqueue-job.ts';
export type { EnqueueOptions } from './enqueue-job.ts';
export { createJobRunner, startJobRunner, retryDelayMs } from './job-runner.ts';
export type { JobRunner, JobRunnerOptions } from './job-runner.ts';
export { materialiseSchedules, syncSchedules } from './job-schedules.ts';
export { nextCronRun, CRON_TIME_ZONE } from './cron.ts';
