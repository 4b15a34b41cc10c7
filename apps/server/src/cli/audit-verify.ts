// `npm run audit:verify`: recomputes every audit chain in the configured database (keyed links
// with the audit key) and checks it against the anchors in DATA_DIR; exits 1 when any is broken, so
// it can run from cron or CI against a backup. It never changes the database it checks.
import { ConfigError, loadConfig } from '../app/config.ts';
import { openAppDatabaseReadOnly, SchemaMismatchError } from '../app/open-app-database.ts';
import { useAuditKey, verifyAuditChains, type VerifyResult } from '../platform/audit/index.ts';
import { DataDirLockedError } from '../platform/db/data-dir-lock.ts';

/** The report as printed: counts, then OK or one line per broken chain. */
export function formatVerifyResult(result: VerifyResult): string {
  const lines = [`Checked ${result.chains} chains, ${result.events} events.`];
  if (result.breaks.length === 0) {
    lines.push('OK');
  } else {
    lines.push(`BROKEN: ${result.breaks.length} chain(s)`);
    for (const b of result.breaks)
      lines.push(`  chain ${b.chain}: first broken at seq ${b.seq}: ${b.reason}`);
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const config = loadConfig();
  useAuditKey(config.auditKey);
  const database = await openAppDatabaseReadOnly(config, 'audit:verify');
  try {
    const result = await verifyAuditChains(database.db, { anchorFile: config.auditAnchorFile });
    console.log(formatVerifyResult(result));
    return result.breaks.length === 0 ? 0 : 1;
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      const known =
        error instanceof ConfigError ||
        error instanceof SchemaMismatchError ||
        error instanceof DataDirLockedError;
      console.error(known ? error.message : error);
      process.exit(2);
    },
  );
}
