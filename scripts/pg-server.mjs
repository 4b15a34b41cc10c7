// Starts a throwaway PostgreSQL server on loopback for the test suite, installing Debian's
// postgresql package when it is missing (as root). Exported for scripts/test.mjs and bench/.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, chownSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = process.getuid?.() === 0;

function pgBinDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : null;
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with ${r.status}`);
}

export function ensurePostgresInstalled() {
  let bin = pgBinDir();
  if (bin) return bin;
  if (!isRoot)
    throw new Error('PostgreSQL is not installed; run as root once, or: apt-get install -y postgresql');
  console.log('Installing PostgreSQL (Debian package postgresql)…');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'postgresql'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  bin = pgBinDir();
  if (!bin) throw new Error('PostgreSQL install did not provide initdb');
  return bin;
}

/** Starts a server; returns { url, stop }. */
export function startPostgres({ port = 54329 } = {}) {
  const bin = ensurePostgresInstalled();
  const dir = join(tmpdir(), `shuangkong-pg-${port}`);
  const data = join(dir, 'data');
  const asUser = isRoot ? ['runuser', '-u', 'postgres', '--'] : [];
  const exec = (tool, args, opts = {}) => {
    const [cmd, ...rest] = [...asUser, join(bin, tool), ...args];
    return run(cmd, rest, opts);
  };
  // A server left over from an interrupted run is stopped and its data thrown away.
  if (existsSync(join(data, 'postmaster.pid'))) {
    try {
      exec('pg_ctl', ['-D', data, '-m', 'immediate', 'stop'], { stdio: 'ignore' });
    } catch {
      /* not running */
    }
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  exec(
    'initdb',
    ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'],
    {
      stdio: 'ignore',
    },
  );
  exec(
    'pg_ctl',
    [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-o',
      `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c max_connections=200 -c fsync=on`,
      'start',
    ],
    { stdio: 'ignore' },
  );
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    stop() {
      try {
        exec('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'], { stdio: 'ignore' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
