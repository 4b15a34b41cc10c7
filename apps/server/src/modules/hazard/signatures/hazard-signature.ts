import { createHash } from 'node:crypto';
import type { HazardSignatureKind } from '@shuangkong/contracts';
import { canonicalJson } from '../../../platform/audit/index.ts';

/** What a signature attests to: the step, the hazard, the signer, the time and the content signed. */
export type SignedContent = {
  kind: HazardSignatureKind;
  hazardId: string;
  signerId: string;
  signedAt: string;
  content: Record<string, unknown>;
};

/** SHA-256 of the canonical JSON (sorted keys), the same way the risk register hashes its versions. */
export function signatureHash(signed: SignedContent): string {
  return createHash('sha256').update(canonicalJson(signed)).digest('hex');
}

export type StoredSignature = {
  kind: HazardSignatureKind;
  hazardId: string;
  signerId: string;
  signedAt: Date | string;
  content: unknown;
  contentSha256: string;
};

/** Re-hashes a stored signature row; false when any signed column was altered after signing. */
export function signatureVerified(row: StoredSignature): boolean {
  const signedAt =
    row.signedAt instanceof Date ? row.signedAt.toISOString() : new Date(row.signedAt).toISOString();
  const content = typeof row.content === 'string' ? (JSON.parse(row.content) as unknown) : row.content;
  if (content === null || typeof content !== 'object') return false;
  return (
    signatureHash({
      kind: row.kind,
      hazardId: row.hazardId,
      signerId: row.signerId,
      signedAt,
      content: content as Record<string, unknown>,
    }) === row.contentSha256
  );
}
