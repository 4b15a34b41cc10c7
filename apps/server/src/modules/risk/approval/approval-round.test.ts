import { describe, expect, it } from 'vitest';
import { currentRound } from './approval-round.ts';

const s = (action: string, toStatus: 'draft' | 'submitted' | 'reviewed' | 'approved', actorId: string) => ({
  action,
  toStatus,
  actorId,
});

describe('current approval round', () => {
  it('is empty before anything was signed', () => {
    expect(currentRound([])).toEqual({ submittedBy: null, reviewedBy: null });
  });

  it('tracks the submitter and the reviewer of the open round', () => {
    expect(currentRound([s('submit', 'submitted', 'a')])).toEqual({ submittedBy: 'a', reviewedBy: null });
    expect(currentRound([s('submit', 'submitted', 'a'), s('review', 'reviewed', 'b')])).toEqual({
      submittedBy: 'a',
      reviewedBy: 'b',
    });
  });

  it('forgets a round that went back to draft', () => {
    const rejected = [s('submit', 'submitted', 'a'), s('review', 'reviewed', 'b'), s('reject', 'draft', 'c')];
    expect(currentRound(rejected)).toEqual({ submittedBy: null, reviewedBy: null });
    expect(currentRound([...rejected, s('submit', 'submitted', 'b')])).toEqual({
      submittedBy: 'b',
      reviewedBy: null,
    });
    expect(currentRound([s('submit', 'submitted', 'a'), s('withdraw', 'draft', 'a')])).toEqual({
      submittedBy: null,
      reviewedBy: null,
    });
  });

  it('closes the round on approval, so the next round starts clean', () => {
    const approved = [
      s('submit', 'submitted', 'a'),
      s('review', 'reviewed', 'b'),
      s('approve', 'approved', 'c'),
    ];
    expect(currentRound(approved)).toEqual({ submittedBy: null, reviewedBy: null });
    // A reopen that wrote no signature: the next submit still starts a fresh round.
    expect(currentRound([...approved, s('submit', 'submitted', 'd')])).toEqual({
      submittedBy: 'd',
      reviewedBy: null,
    });
  });
});
