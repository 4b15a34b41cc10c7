import { describe, expect, it } from 'vitest';
import { formatVerifyResult } from './audit-verify.ts';

describe('audit:verify report', () => {
  it('prints OK for intact chains', () => {
    expect(formatVerifyResult({ chains: 2, events: 7, breaks: [] })).toBe('Checked 2 chains, 7 events.\nOK');
  });

  it('names each broken chain with its first broken seq and reason', () => {
    const text = formatVerifyResult({
      chains: 3,
      events: 9,
      breaks: [
        { chain: 'platform', seq: 4, reason: 'missing event' },
        { chain: 'e1', seq: 2, reason: 'content does not match its hash' },
      ],
    });
    expect(text).toBe(
      [
        'Checked 3 chains, 9 events.',
        'BROKEN: 2 chain(s)',
        '  chain platform: first broken at seq 4: missing event',
        '  chain e1: first broken at seq 2: content does not match its hash',
      ].join('\n'),
    );
  });
});
