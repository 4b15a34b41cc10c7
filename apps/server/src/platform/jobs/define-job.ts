import type { z } from 'zod';
import type { PlatformTables } from '../db/platform-tables.ts';
import type { WithTables } from '../../kernel/index.ts';

/** What a handler gets besides its payload. */
export type JobContext = {
  /** The app's database; a module's handler views it through `tablesOf<ItsDatabase>(ctx.db)`. */
  db: WithTables<PlatformTables>;
  jobId: string;
  /** 1 on the first run, 2 on the first retry… */
  attempt: number;
  workerId: string;
};

/** The part of a job needed to enqueue it: callers may hold this without the handler's dependencies. */
export type JobRef<P> = {
  /** 'module.job-name', e.g. 'hazard.overdue-sweep'. */
  id: string;
  schema: z.ZodType<P>;
  maxAttempts?: number;
};

export type JobDefinition<P> = JobRef<P> & {
  /**
   * Must be idempotent: a run cut short by a crash runs again after its lease expires. (Method
   * syntax on purpose: it lets a runner hold jobs of different payload types as JobDefinition<unknown>.)
   */
  handler(payload: P, ctx: JobContext): Promise<void>;
  /** Five- or six-field cron in Asia/Shanghai; the runner enqueues one run per tick. */
  cron?: string;
};

const JOB_ID = /^[a-z][a-zA-Z0-9]*\.[a-z0-9][a-z0-9-]*$/;

/** Declares a typed job. A cron job's payload schema must accept `{}`. */
export function defineJob<P>(definition: JobDefinition<P>): JobDefinition<P> {
  if (!JOB_ID.test(definition.id)) {
    throw new Error(`Job id "${definition.id}" must look like 'module.job-name'`);
  }
  if (definition.maxAttempts !== undefined && definition.maxAttempts < 1) {
    throw new Error(`Job ${definition.id}: maxAttempts must be at least 1`);
  }
  return definition;
}

/**
 * Thrown by a handler when retrying cannot help (bad configuration, a target that no longer
 * exists): the job is marked failed at once instead of backing off.
 */
export class PermanentJobError extends Error {}

/** Any job, as a runner holds them: each payload is parsed by its own schema before its handler runs. */
export type AnyJobDefinition = JobDefinition<unknown>;
