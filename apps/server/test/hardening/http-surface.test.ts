import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

type ErrorBody = { error: { code: string; message: string; requestId: string } };

function expectSecurityHeaders(headers: Record<string, unknown>): void {
  expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
}

describe('security headers', () => {
  it.each(['/api/health', '/api/openapi.json', '/api/docs/', '/api/v1/nothing-here', '/api/v1/auth/session'])(
    '%s carries CSP, frame denial, nosniff and a referrer policy',
    async (url) => {
      const res = await t.app.inject({ method: 'GET', url });
      expectSecurityHeaders(res.headers);
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    },
  );
});

describe('errors in the app shape', () => {
  it('answers an over-long path parameter with 414 URI_TOO_LONG, a request id and no echo', async () => {
    const long = 'x'.repeat(150);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${long}` });
    expect(res.statusCode).toBe(414);
    const body = res.json<ErrorBody>();
    expect(body.error.code).toBe('URI_TOO_LONG');
    expect(body.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body).not.toContain(long);
    expectSecurityHeaders(res.headers);
  });

  it('answers an unsupported content type with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'text/xml' },
      payload: '<login/>',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json<ErrorBody>().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(res.json<ErrorBody>().error.requestId).toBeTruthy();
  });

  it('answers malformed JSON with 400 BAD_REQUEST and a request id', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"login":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>().error).toMatchObject({ code: 'BAD_REQUEST' });
    expect(res.json<ErrorBody>().error.requestId).toBeTruthy();
  });

  it('answers oversized headers with 431 in the app shape instead of a raw Node response', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`);
      });
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 431 /);
    const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)) as ErrorBody;
    expect(body.error.code).toBe('HEADERS_TOO_LARGE');
    expect(body.error.requestId).toBeTruthy();
    expect(raw.toLowerCase()).toContain('x-content-type-options: nosniff');
  });
});
