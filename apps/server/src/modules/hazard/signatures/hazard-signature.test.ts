import { describe, expect, it } from 'vitest';
import { signatureHash, signatureVerified, type StoredSignature } from './hazard-signature.ts';

const signed = {
  kind: 'accept' as const,
  hazardId: '00000000-0000-4000-8000-000000000001',
  signerId: '00000000-0000-4000-8000-000000000002',
  signedAt: '2026-12-03T02:00:00.000Z',
  content: { comment: '已恢复，验收合格', afterPhotoIds: ['f1'], state: 'closed' },
};
const row = (over: Partial<StoredSignature> = {}): StoredSignature => ({
  ...signed,
  signedAt: new Date(signed.signedAt),
  contentSha256: signatureHash(signed),
  ...over,
});

describe('hazard signatures', () => {
  it('verifies an untouched row, whatever the key order of the stored JSON', () => {
    expect(signatureVerified(row())).toBe(true);
    expect(
      signatureVerified(
        row({
          content: JSON.stringify({ state: 'closed', afterPhotoIds: ['f1'], comment: '已恢复，验收合格' }),
        }),
      ),
    ).toBe(true);
  });

  it('catches a tampered content, signer, time or hash', () => {
    expect(signatureVerified(row({ content: { ...signed.content, comment: '合格' } }))).toBe(false);
    expect(signatureVerified(row({ signerId: '00000000-0000-4000-8000-000000000003' }))).toBe(false);
    expect(signatureVerified(row({ signedAt: new Date('2026-12-03T03:00:00.000Z') }))).toBe(false);
    expect(signatureVerified(row({ kind: 'confirm' }))).toBe(false);
    expect(signatureVerified(row({ contentSha256: '0'.repeat(64) }))).toBe(false);
  });
});
