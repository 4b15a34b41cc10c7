import { join } from 'node:path';
import type { WithTables } from '../kernel/index.ts';
import type { PlatformTables } from '../platform/db/platform-tables.ts';
import { createLocalFileStorage } from '../platform/files/index.ts';
import type { ModuleEnvironment } from '../platform/modules/index.ts';
import type { Config } from './config.ts';

/** What every module is handed, the same for the HTTP app and the job runner. */
export function moduleEnvironment(config: Config, db: WithTables<PlatformTables>): ModuleEnvironment {
  return {
    db,
    files: createLocalFileStorage(join(config.dataDir, 'files')),
    publicUrl: config.publicUrl,
    sessionTtlHours: config.sessionTtlHours,
    secureCookies: config.publicUrl.startsWith('https://'),
  };
}
