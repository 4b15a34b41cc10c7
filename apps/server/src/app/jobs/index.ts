import { createNotificationProviders, createNotifyExternalJob } from '../../platform/notify/index.ts';
import type { AnyJobDefinition } from '../../platform/jobs/index.ts';
import type { Config } from '../config.ts';
import { createAuditAnchorJob } from './audit-anchor.job.ts';
import { sessionCleanupJob } from './session-cleanup.job.ts';

/** Every job this server runs; modules add theirs here as they arrive. */
export function appJobs(config: Config): AnyJobDefinition[] {
  const providers = createNotificationProviders({ smtpUrl: config.smtpUrl, publicUrl: config.publicUrl });
  return [
    sessionCleanupJob,
    createNotifyExternalJob(providers),
    createAuditAnchorJob(config.auditAnchorFile),
  ];
}
