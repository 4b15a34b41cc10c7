import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../kernel/index.ts';

type Issue = { field: string; message: string };

/** Maps every failure to `{ error: { code, message, field?, issues?, requestId } }`. */
export function registerErrorHandler(app: FastifyInstance, options: { spaFallback?: boolean } = {}): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    const requestId = request.id;
    if (error instanceof AppError) {
      return reply.status(error.status).send({
        error: { code: error.code, message: error.message, ...error.details, requestId },
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext ?? 'body';
      const issues: Issue[] = error.validation.map((v) => ({
        field: [context, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'invalid',
      }));
      return reply.status(400).send({
        error: {
          code: 'VALIDATION_FAILED',
          message: issues.map((i) => `${i.field}: ${i.message}`).join('; '),
          field: issues[0]?.field,
          issues,
          requestId,
        },
      });
    }
    const fe = error as FastifyError;
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply.status(fe.statusCode).send({
        error: { code: clientErrorCode(fe.statusCode), message: fe.message, requestId },
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({
      error: { code: 'INTERNAL', message: 'Internal error', requestId },
    });
  });
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes of the web app are answered with its index.html; API paths get JSON.
    if (options.spaFallback && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({
      error: {
        code: 'NOT_FOUND',
        message: `No route ${request.method} ${request.url}`,
        requestId: request.id,
      },
    });
  });
}

/** Stable codes for the HTTP-level client errors that Fastify itself raises. */
const CLIENT_ERROR_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  431: 'HEADERS_TOO_LARGE',
};

export function clientErrorCode(status: number): string {
  return CLIENT_ERROR_CODES[status] ?? 'BAD_REQUEST';
}

// Framework and parser errors bypass the hooks that set these, so they are set by hand there.
const BARE_SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

/** Router errors (a bad URL component, a path parameter over the length limit) in the app's shape. */
export function sendFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : (error.statusCode ?? 400);
  // The message must not echo the URL back: it is the client's own input.
  const message = status === 414 ? 'A path parameter is longer than allowed' : 'The URL is not valid';
  void reply
    .status(status)
    .headers(BARE_SECURITY_HEADERS)
    .send({ error: { code: clientErrorCode(status), message, requestId: request.id } });
}

/** Errors of the HTTP parser (oversized headers, malformed requests, timeouts) in the app's shape. */
export function sendClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const messages: Record<number, string> = {
    431: 'The request headers are larger than allowed',
    408: 'The request took too long',
    400: 'The request is malformed',
  };
  const body = JSON.stringify({
    error: { code: clientErrorCode(status), message: messages[status], requestId: randomUUID() },
  });
  const headers = Object.entries({
    ...BARE_SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  const reason: Record<number, string> = {
    431: 'Request Header Fields Too Large',
    408: 'Request Timeout',
    400: 'Bad Request',
  };
  socket.end(`HTTP/1.1 ${status} ${reason[status]}\r\n${headers}\r\n\r\n${body}`);
}
