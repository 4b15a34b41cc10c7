import { createHash, createHmac } from 'node:crypto';
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

/**
 * The link hash: every field of the event plus the previous link's hash. With a key it is an
 * HMAC-SHA-256 (every link written now); without, the plain SHA-256 of links written before keying.
 */
export function auditHash(fields: HashedFields, key: Buffer | null = null): string {
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
  const text = canonicalJson(hashed);
  return key
    ? createHmac('sha256', key).update(text).digest('hex')
    : createHash('sha256').update(text).digest('hex');
}

let configuredKey: Buffer | null = null;

/** Sets the process's audit key (from AUDIT_KEY or DATA_DIR/audit-key); done once at assembly. */
export function useAuditKey(key: string): void {
  if (key.length < 32) throw new Error('The audit key must be at least 32 characters');
  configuredKey = Buffer.from(key, 'utf8');
}

/** The configured key; appending or verifying without one is a configuration error, never a silent downgrade. */
export function auditKey(): Buffer {
  if (!configuredKey) throw new Error('No audit key is configured (useAuditKey was not called)');
  return configuredKey;
}
