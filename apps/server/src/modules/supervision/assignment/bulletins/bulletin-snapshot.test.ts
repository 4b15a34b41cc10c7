import { describe, expect, it } from 'vitest';
import { buildBulletinSnapshot, bulletinTitle, type BulletinFact } from './bulletin-snapshot.ts';

const base: BulletinFact = {
  enterpriseId: 'e1',
  enterpriseName: '甲公司',
  unitName: '液氯储罐',
  state: 'toAssign',
  gradedLevel: 'significant',
  currentLevel: 'significant',
  gradedOn: '2026-11-23',
  assignDueOn: '2026-11-26',
  docNumber: null,
  issuedOn: null,
  acknowledgedOn: null,
  closeOutRequestedOn: null,
  verifyDueOn: null,
  closedOn: null,
  lapsedOn: null,
};
const week = { start: '2026-11-30', end: '2026-12-06' };

describe('the weekly dispatch snapshot', () => {
  it('counts an unassigned risk past its 3 days as overdue', () => {
    const s = buildBulletinSnapshot([base], week, '2026-12-10');
    expect(s.totals.overdueAssignments).toBe(1);
    expect(s.enterprises[0]!.items[0]!.overdue).toBe(true);
  });
  it('a risk assigned in time is not overdue; one assigned late in the period is', () => {
    const inTime = { ...base, state: 'issued' as const, issuedOn: '2026-11-25', docNumber: 'x' };
    const late = { ...base, unitName: 'b', state: 'issued' as const, issuedOn: '2026-12-01', docNumber: 'y' };
    const s = buildBulletinSnapshot([inTime, late], week, '2026-12-10');
    expect(s.totals.overdueAssignments).toBe(1);
    expect(s.totals.assignedInPeriod).toBe(1);
  });
  it('leaves out what was closed or lapsed before the period and what was graded after it', () => {
    const closed = { ...base, state: 'closed' as const, closedOn: '2026-11-20' };
    const lapsed = { ...base, state: 'lapsed' as const, lapsedOn: '2026-12-01' };
    const later = { ...base, gradedOn: '2026-12-08', assignDueOn: '2026-12-11' };
    expect(buildBulletinSnapshot([closed, lapsed, later], week, '2026-12-10').enterprises).toEqual([]);
  });
  it('counts verifications past their 10 days as of the end of the period', () => {
    const pending = {
      ...base,
      state: 'closeOutRequested' as const,
      issuedOn: '2026-11-24',
      closeOutRequestedOn: '2026-11-16',
      verifyDueOn: '2026-11-30',
    };
    const s = buildBulletinSnapshot([pending], week, '2026-12-10');
    expect(s.totals.overdueVerifications).toBe(1);
    expect(s.totals.closeOutsPending).toBe(1);
  });
  it('titles', () => {
    expect(bulletinTitle('monthlyNotice', '青溪县应急管理局', '2026-11-01', '2026-11-30')).toBe(
      '关于2026年11月重大较大安全风险交办治理情况的通报',
    );
  });
});
