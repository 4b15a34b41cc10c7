import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir, hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock.ts';

const lockModule = join(import.meta.dirname, 'data-dir-lock.ts');

/** Another process that takes the lock and holds it until killed. */
async function holder(dir: string) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      `const { acquireDataDirLock } = await import(${JSON.stringify(lockModule)});
       acquireDataDirLock(${JSON.stringify(dir)}, 'test server');
       console.log('locked');
       setInterval(() => {}, 1000);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('locked') && resolve());
    child.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
  });
  return child;
}

describe('data directory lock', () => {
  it('refuses a second process and names the holder; frees the directory when the holder exits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-lock-'));
    const child = await holder(dir);
    try {
      expect(() => acquireDataDirLock(dir, 'second server')).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(dir, 'second server')).toThrow(new RegExp(`pid ${child.pid}`));
    } finally {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    // SIGTERM without a handler runs no exit hooks: the file is left behind, as after a crash.
    const lock = acquireDataDirLock(dir, 'after the crash');
    lock.release();
    expect(existsSync(join(dir, 'shuangkong.lock'))).toBe(false);
  });

  it('replaces a stale lock whose process is gone and an unreadable one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-lock-'));
    writeFileSync(
      join(dir, 'shuangkong.lock'),
      JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), startedAt: '2026-01-01', purpose: 'old' }),
    );
    acquireDataDirLock(dir, 'new').release();
    writeFileSync(join(dir, 'shuangkong.lock'), '{"pid":');
    acquireDataDirLock(dir, 'new').release();
  });

  it('refuses the same directory twice in one process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-lock-'));
    const lock = acquireDataDirLock(dir, 'first');
    expect(() => acquireDataDirLock(dir, 'second')).toThrow(DataDirLockedError);
    lock.release();
  });
});
