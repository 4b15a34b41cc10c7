import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../platform/audit/index.ts';

/**
 * What the principal's close-out signature attests to, hashed the way hazard and the register hash
 * theirs (SHA-256 of the canonical JSON): the request, the signer, the time and the content.
 */
export type SignedCloseOut = {
  closeOutId: string;
  assignmentId: string;
  signerId: string;
  signedAt: string;
  content: Record<string, unknown>;
};

export function closeOutHash(signed: SignedCloseOut): string {
  return createHash('sha256').update(canonicalJson(signed)).digest('hex');
}

/** Re-hashes a stored request; false when a signed column was altered after signing. */
export function closeOutVerified(row: {
  id: string;
  assignmentId: string;
  requestedBy: string;
  requestedAt: Date | string;
  signedContent: unknown;
  contentSha256: string;
}): boolean {
  const content =
    typeof row.signedContent === 'string' ? (JSON.parse(row.signedContent) as unknown) : row.signedContent;
  if (content === null || typeof content !== 'object') return false;
  return (
    closeOutHash({
      closeOutId: row.id,
      assignmentId: row.assignmentId,
      signerId: row.requestedBy,
      signedAt: new Date(row.requestedAt).toISOString(),
      content: content as Record<string, unknown>,
    }) === row.contentSha256
  );
}
