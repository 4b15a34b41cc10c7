import { z } from 'zod';
import { anchorChainHeads } from '../../platform/audit/index.ts';
import { defineJob } from '../../platform/jobs/index.ts';

/** Every ten minutes, the chain heads that moved are anchored to the append-only file in DATA_DIR. */
export function createAuditAnchorJob(anchorFile: string) {
  return defineJob({
    id: 'platform.audit-anchor',
    schema: z.object({}),
    cron: '*/10 * * * *',
    async handler(_payload, { db }) {
      await anchorChainHeads(db, anchorFile);
    },
  });
}
