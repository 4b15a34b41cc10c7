import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Actor } from './actor.ts';
import type { AuditContext } from './audit-context.ts';
import { unauthenticated } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by identity's authenticate hook; null for an anonymous request. */
    actor: Actor | null;
    sessionCsrf: string | null;
  }
}

/**
 * Everything a command needs to act for someone: the database (as the calling module sees it),
 * who, and how to record it.
 */
export type CommandContext<Database> = { db: Kysely<Database>; actor: Actor; audit: AuditContext };

/** The actor, or 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

export function auditContextOf(request: FastifyRequest, actor: Actor | null): AuditContext {
  return {
    actorId: actor?.userId ?? null,
    actorName: actor?.name ?? null,
    requestId: request.id,
    ip: request.ip,
  };
}

/** Builds the context of an authenticated request (401 without an actor). */
export function commandContext<Database>(
  request: FastifyRequest,
  db: Kysely<Database>,
): CommandContext<Database> {
  const actor = requireActor(request);
  return { db, actor, audit: auditContextOf(request, actor) };
}
