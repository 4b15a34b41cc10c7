import type { FastifyInstance } from 'fastify';

export type SeedSession = { username: string; headers: Record<string, string> };

/**
 * Drives the product's own HTTP API in-process, so the demo register is built through the same
 * validation, rules, signatures and audit as a user's would be.
 */
export class SeedClient {
  constructor(private readonly app: FastifyInstance) {}

  async login(username: string, password: string): Promise<SeedSession> {
    const res = await this.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: username, password },
    });
    if (res.statusCode !== 200) throw new Error(`demo login ${username}: ${res.statusCode} ${res.body}`);
    const raw = res.headers['set-cookie'];
    const cookie = ((Array.isArray(raw) ? raw[0] : raw) ?? '').split(';')[0] ?? '';
    const csrf = (res.json() as { data: { csrfToken: string } }).data.csrfToken;
    return { username, headers: { cookie, 'x-csrf-token': csrf } };
  }

  async call<T = unknown>(
    session: SeedSession,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: unknown,
  ): Promise<T> {
    const res = await this.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: session.headers,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    if (res.statusCode >= 300)
      throw new Error(`demo ${method} ${url} as ${session.username}: ${res.statusCode} ${res.body}`);
    return (res.body ? res.json() : null) as T;
  }

  /** Uploads a file as the browser does (multipart field 'file'). */
  async upload(session: SeedSession, filename: string, mime: string, bytes: Buffer): Promise<string> {
    const boundary = 'shuangkongdemo';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${mime}\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await this.app.inject({
      method: 'POST',
      url: '/api/v1/files',
      headers: { ...session.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
    if (res.statusCode !== 201) throw new Error(`demo upload ${filename}: ${res.statusCode} ${res.body}`);
    return (res.json() as { data: { id: string } }).data.id;
  }
}
