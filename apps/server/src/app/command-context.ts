import type { FastifyRequest } from 'fastify';
import { requireActor, type Actor } from '../modules/identity/index.ts';
import type { AuditContext } from '../platform/audit/index.ts';
import type { Db } from './db-schema.ts';

/** Everything a command needs to act for someone: the database, who, and how to record it. */
export type CommandContext = { db: Db; actor: Actor; audit: AuditContext };

export function auditContextOf(request: FastifyRequest, actor: Actor | null): AuditContext {
  return {
    actorId: actor?.userId ?? null,
    actorName: actor?.name ?? null,
    requestId: request.id,
    ip: request.ip,
  };
}

/** Builds the context of an authenticated request (401 without an actor). */
export function commandContext(request: FastifyRequest, db: Db): CommandContext {
  const actor = requireActor(request);
  return { db, actor, audit: auditContextOf(request, actor) };
}
