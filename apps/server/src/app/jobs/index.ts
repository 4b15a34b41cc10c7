import type { WithTables } from '../../kernel/index.ts';
import type { PlatformTables } from '../../platform/db/platform-tables.ts';
import { createEventDispatcher } from '../../platform/events/index.ts';
import type { AnyJobDefinition, JobRunnerOptions } from '../../platform/jobs/index.ts';
import type { ModuleDescriptor } from '../../platform/modules/index.ts';
import { createNotificationProviders, createNotifyExternalJob } from '../../platform/notify/index.ts';
import type { Config } from '../config.ts';
import { modules as appModules } from '../modules.ts';
import { moduleEnvironment } from '../module-environment.ts';
import { createAuditAnchorJob } from './audit-anchor.job.ts';

/**
 * What the job runner runs: the platform's own jobs, every module's, and the delivery of domain
 * events to every module's subscribers (fanned out on each tick).
 */
export function appJobs(
  config: Config,
  db: WithTables<PlatformTables>,
  modules: readonly ModuleDescriptor[] = appModules,
): Pick<JobRunnerOptions, 'jobs' | 'beforeClaim'> {
  const providers = createNotificationProviders({ smtpUrl: config.smtpUrl, publicUrl: config.publicUrl });
  const env = moduleEnvironment(config, db);
  const events = createEventDispatcher(modules.flatMap((m) => m.subscribers ?? []));
  const jobs: AnyJobDefinition[] = [
    createNotifyExternalJob(providers),
    createAuditAnchorJob(config.auditAnchorFile),
    ...events.jobs,
    ...modules.flatMap((m) => m.jobs?.(env) ?? []),
  ];
  return { jobs, beforeClaim: [(handle) => events.fanOut(handle)] };
}
