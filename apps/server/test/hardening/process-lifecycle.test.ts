import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../../..');

/** `npm start`'s own script with a fresh embedded database; the web build is skipped by WEB_DIST. */
function startPlatform(dataDir: string, port: number): ChildProcess {
  return spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: 'never',
      JOBS_ENABLED: 'false',
      LOG_LEVEL: 'silent',
      START_SKIP_WEB_BUILD: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function output(child: ChildProcess): () => string {
  let text = '';
  child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (text += d.toString()));
  return () => text;
}

async function until(check: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

type Answer = { status: number; connection?: string; retryAfter?: string; code?: string } | { error: string };

function get(port: number, agent: Agent): Promise<Answer> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/health', agent }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => {
        let code: string | undefined;
        try {
          code = (JSON.parse(body) as { error?: { code?: string } }).error?.code;
        } catch {
          code = undefined;
        }
        resolve({
          status: res.statusCode ?? 0,
          connection: res.headers.connection,
          retryAfter: res.headers['retry-after'],
          code,
        });
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    req.end();
  });
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

describe('the platform process', () => {
  it('stops on SIGTERM sent to npm start: drains with app-shaped 503s, exits, frees the port and the data directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sk-life-'));
    const port = 30_000 + (process.pid % 5000);
    const child = startPlatform(dataDir, port);
    const text = output(child);
    await until(() => text().includes('is running at'));
    expect(existsSync(join(dataDir, 'pglite', 'shuangkong.lock'))).toBe(true);

    // A second platform on the same data directory refuses to start and names the first.
    const second = startPlatform(dataDir, port + 1);
    const secondText = output(second);
    expect(await exitOf(second)).toBe(1);
    expect(secondText()).toMatch(/in use by another process \(pid \d+/);

    // Four kept-alive connections, open before the signal as a busy client's would be.
    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    const warm = await Promise.all([1, 2, 3, 4].map(() => get(port, agent)));
    expect(warm.every((a) => 'status' in a && a.status === 200)).toBe(true);
    const exited = exitOf(child);
    child.kill('SIGTERM');
    // Requests on those connections in the moments after the signal: each gets an answer.
    const answers: Answer[] = [];
    for (const delay of [0, 10, 25, 50, 100, 200]) {
      await new Promise((r) => setTimeout(r, delay));
      answers.push(...(await Promise.all([1, 2, 3, 4].map(() => get(port, agent)))));
    }
    // The kept-alive connections are answered; a new connection opened after the listener closed
    // is refused (the client may retry elsewhere), and nothing is ever reset.
    expect(answers.slice(0, 4).every((a) => 'status' in a)).toBe(true);
    expect(answers.filter((a) => 'error' in a && a.error !== 'ECONNREFUSED')).toEqual([]);
    const drained = answers.filter((a) => 'status' in a && a.status === 503);
    expect(drained.length).toBeGreaterThan(0);
    expect(drained[0]).toMatchObject({ connection: 'close', retryAfter: '5', code: 'SHUTTING_DOWN' });
    // Once the listener is closed, new connections are refused.
    const fresh = new Agent({ keepAlive: false });
    let last: Answer = { status: 0 };
    const deadline = Date.now() + 8000;
    while (Date.now() < deadline && !('error' in last && last.error === 'ECONNREFUSED')) {
      last = await get(port, fresh);
    }
    expect(last).toEqual({ error: 'ECONNREFUSED' });
    expect(await exited).toBe(0);
    expect(existsSync(join(dataDir, 'pglite', 'shuangkong.lock'))).toBe(false);
    fresh.destroy();
    agent.destroy();
  }, 120_000);
});
