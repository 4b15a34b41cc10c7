import type { UnitStatus } from '../risk.tables.ts';

type SignatureLike = { action: string; toStatus: UnitStatus; actorId: string };

/**
 * Who submitted and who reviewed in the current round of the chain. A round starts at the latest
 * submit; a step back to draft (withdraw, reject, reopen) or an approval closes it, so an earlier
 * round's signers never count for four-eyes checks. Signatures must be in signing order.
 */
export function currentRound(signatures: readonly SignatureLike[]): {
  submittedBy: string | null;
  reviewedBy: string | null;
} {
  let submittedBy: string | null = null;
  let reviewedBy: string | null = null;
  for (const s of signatures) {
    if (s.toStatus === 'draft' || s.toStatus === 'approved') {
      submittedBy = null;
      reviewedBy = null;
    } else if (s.action === 'submit') {
      submittedBy = s.actorId;
      reviewedBy = null;
    } else if (s.action === 'review') {
      reviewedBy = s.actorId;
    }
  }
  return { submittedBy, reviewedBy };
}
