import { describe, expect, it } from 'vitest';
import { duplicateRemitRows, groupRemits } from './remits.ts';

describe('duplicateRemitRows', () => {
  it('flags repeats and ignores incomplete rows', () => {
    expect(
      duplicateRemitRows([
        { jurisdictionCode: '411503', industryCode: '*' },
        { jurisdictionCode: '411503', industryCode: 'gas' },
        { jurisdictionCode: '411503', industryCode: '*' },
        { jurisdictionCode: '411503' },
        {},
      ]),
    ).toEqual([2]);
  });
});

describe('groupRemits', () => {
  it('groups industries under their jurisdiction in first-seen order', () => {
    expect(
      groupRemits([
        { jurisdictionCode: '411502', jurisdictionName: '浉河区', industryCode: 'gas' },
        { jurisdictionCode: '411503', jurisdictionName: '平桥区', industryCode: '*' },
        { jurisdictionCode: '411502', jurisdictionName: '浉河区', industryCode: 'fireworks' },
      ]),
    ).toEqual([
      { jurisdictionCode: '411502', jurisdictionName: '浉河区', industryCodes: ['gas', 'fireworks'] },
      { jurisdictionCode: '411503', jurisdictionName: '平桥区', industryCodes: ['*'] },
    ]);
  });
});
