import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';

export const GENESIS_HASH = '0'.repeat(64);

export type HashedFields = {
  chain: string;
  seq: number;
  id: string;
  enterpriseId: string | null;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
  occurredAt: Date;
  prevHash: string;
};

/** The link hash: every field of the event plus the previous link's hash. */
export function auditHash(fields: HashedFields): string {
  // Named one by one: a stored row passed in also carries its own `hash` (and could carry more
  // columns later), which must not leak into what is hashed.
  const hashed: Required<HashedFields> = {
    chain: fields.chain,
    seq: fields.seq,
    id: fields.id,
    enterpriseId: fields.enterpriseId,
    actorId: fields.actorId,
    actorName: fields.actorName,
    action: fields.action,
    entityType: fields.entityType,
    entityId: fields.entityId,
    before: fields.before ?? null,
    after: fields.after ?? null,
    requestId: fields.requestId,
    ip: fields.ip,
    occurredAt: fields.occurredAt,
    prevHash: fields.prevHash,
  };
  return createHash('sha256').update(canonicalJson(hashed)).digest('hex');
}
