// `npm run audit:verify`: recomputes every audit chain in the configured database and exits 1 when
// any is broken, so it can run from cron or CI against a backup.
import { ConfigError, loadConfig } from '../app/config.ts';
import { openAppDatabase } from '../app/open-app-database.ts';
import { verifyAuditChains, type VerifyResult } from '../platform/audit/index.ts';

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
  const database = await openAppDatabase(config);
  try {
    const result = await verifyAuditChains(database.db);
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
      console.error(error instanceof ConfigError ? error.message : error);
      process.exit(2);
    },
  );
}
