import { dangerSrcNames, majorHazardCriteria } from '@shuangkong/contracts';
import { describe, expect, it } from 'vitest';
import {
  codesOf,
  criterionGroups,
  extensionDecisions,
  orderedTimeline,
  photosByKind,
  standardShortName,
  stepButtons,
  timelineColor,
  type HazardPhoto,
  type TimelineStep,
} from './hazard-model.ts';

describe('stepButtons', () => {
  it('shows only the steps the abilities allow, in lifecycle order', () => {
    const buttons = stepButtons({ void: true, confirm: true, reject: true, merge: false, uploadPhoto: true });
    expect(buttons.map((b) => b.step)).toEqual(['confirm', 'reject', 'void']);
  });

  it('highlights the first forward step and marks refusals and signed steps', () => {
    const buttons = stepButtons({ accept: true, sendBack: true, void: true });
    expect(buttons).toEqual([
      { step: 'accept', primary: true, danger: false, signed: true },
      { step: 'sendBack', primary: false, danger: true, signed: false },
      { step: 'void', primary: false, danger: true, signed: false },
    ]);
  });

  it('never highlights merge or a refusal, and leaves the extension decisions to their rows', () => {
    const buttons = stepButtons({ merge: true, reject: true, approveExtension: true, refuseExtension: true });
    expect(buttons.map((b) => [b.step, b.primary])).toEqual([
      ['merge', false],
      ['reject', false],
    ]);
  });

  it('shows nothing without abilities', () => {
    expect(stepButtons({})).toEqual([]);
  });
});

describe('extensionDecisions', () => {
  it('offers the allowed decisions on a pending request only', () => {
    const abilities = { approveExtension: true, refuseExtension: true };
    expect(extensionDecisions(abilities, { state: 'requested' })).toEqual([
      'approveExtension',
      'refuseExtension',
    ]);
    expect(extensionDecisions(abilities, { state: 'approved' })).toEqual([]);
    expect(extensionDecisions({ approveExtension: false }, { state: 'requested' })).toEqual([]);
  });
});

describe('photosByKind', () => {
  it('splits before and after photos, each oldest first', () => {
    const photo = (fileId: string, kind: 'before' | 'after', uploadedAt: string): HazardPhoto => ({
      fileId,
      kind,
      url: `/files/${fileId}`,
      uploadedAt,
    });
    const split = photosByKind([
      photo('b2', 'before', '2026-05-02T00:00:00Z'),
      photo('a1', 'after', '2026-05-03T00:00:00Z'),
      photo('b1', 'before', '2026-05-01T00:00:00Z'),
    ]);
    expect(split.before.map((p) => p.fileId)).toEqual(['b1', 'b2']);
    expect(split.after.map((p) => p.fileId)).toEqual(['a1']);
  });
});

describe('codes and criteria', () => {
  it('lists a name map’s codes in numeric order', () => {
    expect(codesOf(dangerSrcNames)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('groups every criterion under its standard', () => {
    const groups = criterionGroups(majorHazardCriteria);
    expect(groups).toHaveLength(2);
    expect(groups.flatMap((g) => g.options)).toHaveLength(majorHazardCriteria.length);
    expect(groups[0]?.options[0]?.value).toBe('chem-2017-1');
    expect(groups[0]?.options[0]?.label.startsWith('1')).toBe(true);
  });
});

describe('timeline', () => {
  const step = (
    action: TimelineStep['action'],
    toState: TimelineStep['toState'],
    at: string,
  ): TimelineStep => ({
    id: at,
    action,
    fromState: null,
    toState,
    actorName: null,
    at,
    note: null,
  });

  it('colours overdue red, refusals grey and the close green', () => {
    expect(timelineColor(step('overdue', 'rectifying', '1'))).toBe('red');
    expect(timelineColor(step('reject', 'rejected', '1'))).toBe('gray');
    expect(timelineColor(step('accept', 'closed', '1'))).toBe('green');
    expect(timelineColor(step('assign', 'rectifying', '1'))).toBe('blue');
  });

  it('orders the history oldest first', () => {
    const steps = [step('confirm', 'confirmed', '2026-05-02'), step('report', 'reported', '2026-05-01')];
    expect(orderedTimeline(steps).map((s) => s.action)).toEqual(['report', 'confirm']);
  });
});

describe('standardShortName', () => {
  it('names a criterion’s standard by its document number', () => {
    const names = new Set(majorHazardCriteria.map((c) => standardShortName(c.standard)));
    expect(names).toContain('安监总管三〔2017〕121号');
    expect(names).toContain('应急管理部令第10号');
    expect(standardShortName('某行业标准')).toBe('某行业标准');
  });
});
