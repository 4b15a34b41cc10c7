import { describe, expect, it } from 'vitest';
import { addYears, reviewCycle, reviewIntervalYears, shanghaiDate } from './review-cycle.ts';

describe('review interval', () => {
  it('is one year for a high-risk enterprise or industry, three otherwise', () => {
    expect(reviewIntervalYears({ isHighRisk: true, industryCodes: ['industry_trade.commerce'] })).toBe(1);
    expect(reviewIntervalYears({ isHighRisk: false, industryCodes: ['hazardous_chemicals'] })).toBe(1);
    expect(
      reviewIntervalYears({
        isHighRisk: false,
        industryCodes: ['industry_trade.commerce', 'industry_trade.metallurgy'],
      }),
    ).toBe(1);
    expect(reviewIntervalYears({ isHighRisk: false, industryCodes: ['industry_trade.commerce'] })).toBe(3);
    expect(reviewIntervalYears({ isHighRisk: false, industryCodes: ['industry_trade'] })).toBe(3);
    expect(reviewIntervalYears({ isHighRisk: false, industryCodes: ['not-a-code'] })).toBe(3);
    expect(reviewIntervalYears({ isHighRisk: false, industryCodes: [] })).toBe(3);
  });
});

describe('civil dates', () => {
  it('adds years, keeping 29 February inside the month', () => {
    expect(addYears('2025-03-15', 1)).toBe('2026-03-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2025-12-31', 3)).toBe('2028-12-31');
  });

  it('reads today in Asia/Shanghai', () => {
    expect(shanghaiDate(new Date('2025-06-30T15:59:59Z'))).toBe('2025-06-30');
    expect(shanghaiDate(new Date('2025-06-30T16:00:00Z'))).toBe('2025-07-01');
  });
});

describe('review cycle', () => {
  const at = (
    lastFullReviewAt: string | null,
    today: string,
    intervalYears: 1 | 3 = 1,
    firstApprovedAt: string | null = null,
  ) => reviewCycle({ intervalYears, lastFullReviewAt, firstApprovedAt, today });

  it('is due one interval after the last full review, with the 30-day boundary', () => {
    expect(at('2025-03-01', '2026-01-29')).toEqual({ dueDate: '2026-03-01', status: 'ok' }); // 31 days left
    expect(at('2025-03-01', '2026-01-30')).toEqual({ dueDate: '2026-03-01', status: 'dueSoon' }); // 30 days left
    expect(at('2025-03-31', '2026-03-01')).toEqual({ dueDate: '2026-03-31', status: 'dueSoon' }); // exactly 30 days
    expect(at('2025-03-01', '2026-03-01')).toEqual({ dueDate: '2026-03-01', status: 'dueSoon' }); // due today
    expect(at('2025-03-01', '2026-03-02')).toEqual({ dueDate: '2026-03-01', status: 'overdue' });
    expect(at('2025-03-01', '2027-06-01', 3)).toEqual({ dueDate: '2028-03-01', status: 'ok' });
  });

  it('counts from the first approval when no full review was recorded, and a recorded review wins', () => {
    expect(at(null, '2026-06-01', 3, '2024-05-10')).toEqual({ dueDate: '2027-05-10', status: 'ok' });
    expect(at(null, '2026-06-01', 1, '2024-05-10')).toEqual({ dueDate: '2025-05-10', status: 'overdue' });
    expect(at('2026-01-01', '2026-06-01', 1, '2024-05-10')).toEqual({ dueDate: '2027-01-01', status: 'ok' });
  });

  it('is due now when nothing was ever approved', () => {
    expect(at(null, '2026-06-01', 3, null)).toEqual({ dueDate: '2026-06-01', status: 'dueSoon' });
  });
});
