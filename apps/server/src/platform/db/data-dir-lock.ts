import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Who holds an embedded data directory. */
export type LockHolder = { pid: number; host: string; startedAt: string; purpose: string };

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The embedded database in ${dir} is in use by another process ` +
        `(pid ${holder.pid} on ${holder.host}, ${holder.purpose}, since ${holder.startedAt}). ` +
        'Two processes on one embedded database lose each other’s writes: stop that process first, ' +
        'or point DATA_DIR elsewhere.',
    );
  }
}

export type DataDirLock = { release(): void };

const LOCK_FILE = 'shuangkong.lock';

/**
 * Takes the exclusive lock on an embedded database directory for this process's life. PGlite has no
 * locking of its own, so two processes would both acknowledge writes and one would silently lose
 * them. The lock file names its holder; a holder that no longer runs on this host is stale (a crash)
 * and is replaced.
 */
export function acquireDataDirLock(dir: string, purpose: string): DataDirLock {
  const file = join(dir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    purpose,
  };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(file, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder && isAlive(holder)) throw new DataDirLockedError(dir, holder);
      // Stale (its process is gone) or unreadable (a crash mid-write): take it over.
      unlinkSync(file);
      continue;
    }
    writeSync(fd, JSON.stringify(me));
    closeSync(fd);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      process.off('exit', release);
      const current = readHolder(file);
      if (current?.pid === me.pid && current.host === me.host) unlinkSync(file);
    };
    process.on('exit', release);
    return { release };
  }
  throw new Error(`Could not take the lock ${file}`);
}

function readHolder(file: string): LockHolder | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (parsed && typeof parsed === 'object' && 'pid' in parsed && typeof parsed.pid === 'number') {
      return parsed as LockHolder;
    }
    return null;
  } catch {
    return null;
  }
}

function isAlive(holder: LockHolder): boolean {
  // A holder on another host (a shared disk) cannot be probed: assume it is alive.
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
