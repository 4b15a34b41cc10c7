import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { afterAll } from 'vitest';
import { buildApp } from '../src/app/build-app.ts';
import { loadConfig } from '../src/app/config.ts';
import type { Db } from '../src/app/db-schema.ts';
import type { ModuleDescriptor } from '../src/platform/modules/index.ts';
import { openTestDatabase } from './test-database.ts';

export type TestApp = { app: FastifyInstance; db: Db; kind: 'pglite' | 'postgres' };

export type TestAppOptions = {
  /** Plugins on the application's own database handle (e.g. a QueryCounter); `db` stays plain. */
  plugins?: readonly KyselyPlugin[];
  /** The domain modules to mount instead of the app's list (e.g. with an example module added). */
  modules?: readonly ModuleDescriptor[];
};

/** An application over a fresh database, closed after the file's tests. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const appDb = (options.plugins ?? []).reduce((db, plugin) => db.withPlugin(plugin), database.db);
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SESSION_SECRET: 'test-secret-test-secret-test-secret-0000',
    DATA_DIR: '.tmp/test-data',
    WEB_DIST: '/nonexistent',
  });
  const app = await buildApp({
    config,
    db: appDb,
    databaseKind: database.kind,
    ...(options.modules ? { modules: options.modules } : {}),
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });
  return { app, db: database.db, kind: database.kind };
}

export type Session = { cookie: string; csrf: string; headers: Record<string, string> };

/** Logs in through the API, as the browser does, and returns headers for later requests. */
export async function loginAs(
  app: FastifyInstance,
  login: string,
  password = TEST_PASSWORD,
): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login, password } });
  if (res.statusCode !== 200) throw new Error(`login ${login} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  const raw = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  const cookie = (raw ?? '').split(';')[0] ?? '';
  const csrf = (res.json() as { data: { csrfToken: string } }).data.csrfToken;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

export const TEST_PASSWORD = 'Test@12345';
