import { PROGRESS_MILESTONES, type ProgressMilestone } from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import {
  completionRate,
  countMilestones,
  lastFullMonth,
  milestonesOf,
  monthBounds,
  type ProgressFacts,
} from './progress-milestones.ts';

const END = '2026-11-30';
/** An enterprise that has everything by the end of November. */
const full = (f: Partial<ProgressFacts> = {}): ProgressFacts => ({
  status: 'approved',
  approvedOn: '2026-03-01',
  registerPublishedOn: '2026-04-01',
  units: 10,
  unitsApproved: 10,
  mapOn: '2026-04-10',
  unitsPlaced: 10,
  posts: 4,
  postsCarded: 4,
  cardsOn: '2026-05-01',
  items: 30,
  firstTaskOn: '2026-05-02',
  due: 100,
  done: 95,
  reportState: 'submitted',
  reportOn: '2026-11-28',
  ...f,
});
const of = (f: ProgressFacts, end = END) =>
  Object.fromEntries(milestonesOf(f, end).map((m) => [m.key, m])) as Record<
    ProgressMilestone,
    ReturnType<typeof milestonesOf>[number]
  >;
const reached = (f: ProgressFacts, end = END) =>
  milestonesOf(f, end)
    .filter((m) => m.done)
    .map((m) => m.key);

describe('milestonesOf', () => {
  it('lists the seven milestones in order, all reached with their dates', () => {
    const ms = milestonesOf(full(), END);
    expect(ms.map((m) => m.key)).toEqual(PROGRESS_MILESTONES);
    expect(ms.every((m) => m.done && m.lack === null)).toBe(true);
    expect(ms.map((m) => m.date)).toEqual([
      '2026-03-01',
      '2026-04-01',
      '2026-04-10',
      '2026-05-01',
      '2026-05-02',
      null,
      '2026-11-28',
    ]);
  });

  it.each([
    ['pending', 'pendingApproval'],
    ['rejected', 'rejected'],
  ] as const)(
    'a %s enterprise reaches nothing; every set-up step waits for the registration',
    (status, lack) => {
      const ms = of(full({ status, approvedOn: null }));
      expect(reached(full({ status, approvedOn: null }))).toEqual([]);
      expect(ms.registered.lack).toBe(lack);
      expect(ms.registerApproved.lack).toBe(lack);
      expect(ms.mapDrawn.lack).toBe(lack);
      expect(ms.reportSubmitted.lack).toBe(lack);
      expect(ms.inspectionsCompleted.lack).toBe('checklistsNotRunning');
    },
  );

  it('an enterprise without a register lacks the register, and everything built on it', () => {
    const f = full({
      registerPublishedOn: null,
      units: 0,
      unitsApproved: 0,
      unitsPlaced: 0,
      posts: 0,
      postsCarded: 0,
      items: 0,
    });
    const ms = of(f);
    expect(reached(f)).toEqual(['registered', 'reportSubmitted']);
    expect(ms.registerApproved.lack).toBe('noRegister');
    expect(ms.mapDrawn.lack).toBe('registerNotApproved');
    expect(ms.cardsPrinted.lack).toBe('registerNotApproved');
    expect(ms.checklistsRunning.lack).toBe('registerNotApproved');
  });

  it('a register built but never published is not approved; it counts approved units of all', () => {
    const ms = of(full({ registerPublishedOn: null, unitsApproved: 6 }));
    expect(ms.registerApproved).toMatchObject({
      done: false,
      lack: 'notPublished',
      have: 6,
      need: 10,
      date: null,
    });
  });

  it('the map needs a site plan with zones on it', () => {
    expect(of(full({ mapOn: null, unitsPlaced: 0 })).mapDrawn.lack).toBe('noSitePlan');
    expect(of(full({ unitsPlaced: 0 })).mapDrawn.lack).toBe('noZones');
    expect(of(full({ unitsPlaced: 3 })).mapDrawn).toMatchObject({ done: true, have: 3, need: 10 });
  });

  it('cards are printed when every post holding a risk has its card', () => {
    expect(of(full({ posts: 0, postsCarded: 0, cardsOn: null })).cardsPrinted.lack).toBe('noPosts');
    expect(of(full({ postsCarded: 0, cardsOn: null })).cardsPrinted.lack).toBe('noCards');
    expect(of(full({ postsCarded: 3, cardsOn: null })).cardsPrinted).toMatchObject({
      done: false,
      lack: 'cardsMissing',
      have: 3,
      need: 4,
    });
  });

  it('checklists run once items exist and tasks were generated', () => {
    expect(of(full({ items: 0, firstTaskOn: null })).checklistsRunning.lack).toBe('noChecklist');
    expect(of(full({ firstTaskOn: null })).checklistsRunning.lack).toBe('noTasks');
    expect(of(full({ firstTaskOn: null })).inspectionsCompleted.lack).toBe('checklistsNotRunning');
  });

  it('inspections are complete at 90 % of the due checks done, not below, and not when nothing was due', () => {
    expect(of(full({ due: 100, done: 90 })).inspectionsCompleted.done).toBe(true);
    expect(of(full({ due: 100, done: 89 })).inspectionsCompleted).toMatchObject({
      done: false,
      lack: 'belowTarget',
      have: 89,
      need: 100,
    });
    expect(of(full({ due: 0, done: 0 })).inspectionsCompleted.lack).toBe('nothingDue');
    expect(of(full({ due: 10, done: 9 })).inspectionsCompleted.done).toBe(true);
  });

  it('the report counts submitted or accepted, not returned or missing', () => {
    expect(of(full({ reportState: 'accepted' })).reportSubmitted.done).toBe(true);
    expect(of(full({ reportState: 'returned' })).reportSubmitted.lack).toBe('reportReturned');
    expect(of(full({ reportState: null, reportOn: null })).reportSubmitted.lack).toBe('reportMissing');
  });

  it('reads the set-up as of the month end: later dates are not reached yet', () => {
    const f = full({ registerPublishedOn: '2026-12-02' });
    expect(reached(f)).toEqual(['registered', 'reportSubmitted']);
    expect(reached(f, '2026-12-31')).toEqual(PROGRESS_MILESTONES);
    expect(reached(full({ approvedOn: '2026-12-01' }))).toEqual([]);
    expect(of(full({ mapOn: '2026-12-01' })).mapDrawn.done).toBe(false);
    expect(of(full({ cardsOn: '2026-12-01' })).cardsPrinted.done).toBe(false);
    expect(of(full({ firstTaskOn: '2026-12-01' })).checklistsRunning.done).toBe(false);
    expect(of(full({ mapOn: END })).mapDrawn.done).toBe(true);
  });
});

describe('countMilestones', () => {
  it('counts each milestone and the enterprises that reached all', () => {
    const c = countMilestones([
      milestonesOf(full(), END),
      milestonesOf(full({ reportState: null, reportOn: null }), END),
      milestonesOf(full({ status: 'pending', approvedOn: null }), END),
    ]);
    expect(c.total).toBe(3);
    expect(c.complete).toBe(1);
    expect(c.reached).toEqual({
      registered: 2,
      registerApproved: 2,
      mapDrawn: 2,
      cardsPrinted: 2,
      checklistsRunning: 2,
      inspectionsCompleted: 2,
      reportSubmitted: 1,
    });
  });
  it('is all zero for no enterprises', () => {
    expect(countMilestones([])).toMatchObject({ total: 0, complete: 0, reached: { registered: 0 } });
  });
});

describe('months', () => {
  it('bounds a month, February of a leap year included', () => {
    expect(monthBounds('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthBounds('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthBounds('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
  it('the last full month crosses the year', () => {
    expect(lastFullMonth('2026-12-04')).toBe('2026-11');
    expect(lastFullMonth('2027-01-01')).toBe('2026-12');
  });
  it('completion is a share of the due, null when nothing was due', () => {
    expect(completionRate(0, 0)).toBeNull();
    expect(completionRate(3, 2)).toBe(0.6667);
  });
});
