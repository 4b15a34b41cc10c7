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
  return createHash('sha256')
    .update(
      canonicalJson({ ...fields, before: fields.before ?? null, after: fields.after ?? null }),
    )
    .digest('hex');
}
