import type { HazardDetail, HazardGrade, HazardState, MajorHazardCriterion } from '@shuangkong/contracts';
import type { HazardStep } from '../api/hazard-api.ts';

export type HazardAbilities = HazardDetail['abilities'];
export type HazardExtension = HazardDetail['extensions'][number];
export type HazardPhoto = HazardDetail['photos'][number];
export type TimelineStep = HazardDetail['timeline'][number];

export const stateColor: Readonly<Record<HazardState, string>> = {
  reported: 'gold',
  confirmed: 'blue',
  rectifying: 'processing',
  accepting: 'purple',
  closed: 'success',
  rejected: 'default',
  voided: 'default',
  merged: 'default',
  handedOver: 'cyan',
};

export const gradeColor: Readonly<Record<HazardGrade, string>> = { general: 'orange', major: 'red' };

/** The steps a button on the hazard's page opens; the extension decisions sit on their rows. */
export type PageStep = Exclude<HazardStep, 'approveExtension' | 'refuseExtension'>;

/** In the order of the lifecycle, so the next step is first. */
export const pageSteps: readonly PageStep[] = [
  'confirm',
  'fixOnTheSpot',
  'assign',
  'submitPlan',
  'approvePlan',
  'submitRectification',
  'requestExtension',
  'accept',
  'sendBack',
  'handOver',
  'merge',
  'reject',
  'void',
];

/** Steps signed with the signer's own password (the server refuses them without it). */
export const signedSteps: ReadonlySet<HazardStep> = new Set<HazardStep>([
  'confirm',
  'approvePlan',
  'fixOnTheSpot',
  'submitRectification',
  'accept',
]);

const dangerSteps: ReadonlySet<HazardStep> = new Set<HazardStep>(['reject', 'sendBack', 'void']);

export type StepButton = { step: PageStep; primary: boolean; danger: boolean; signed: boolean };

/**
 * The buttons of the hazard's page: one per step the server says this user may take now
 * (`abilities[step]`), the first forward step highlighted, refusals in red.
 */
export function stepButtons(abilities: Partial<Record<string, boolean>>): StepButton[] {
  const visible = pageSteps.filter((step) => abilities[step] === true);
  const primary = visible.find((step) => !dangerSteps.has(step) && step !== 'merge');
  return visible.map((step) => ({
    step,
    primary: step === primary,
    danger: dangerSteps.has(step),
    signed: signedSteps.has(step),
  }));
}

/** The approve/refuse buttons of one extension row: only a pending request is decided. */
export function extensionDecisions(
  abilities: Partial<Record<string, boolean>>,
  extension: Pick<HazardExtension, 'state'>,
): ('approveExtension' | 'refuseExtension')[] {
  if (extension.state !== 'requested') return [];
  return (['approveExtension', 'refuseExtension'] as const).filter((step) => abilities[step] === true);
}

/** Before and after photos, each in upload order. */
export function photosByKind(photos: readonly HazardPhoto[]): {
  before: HazardPhoto[];
  after: HazardPhoto[];
} {
  const sorted = [...photos].sort((a, b) => a.uploadedAt.localeCompare(b.uploadedAt));
  return {
    before: sorted.filter((p) => p.kind === 'before'),
    after: sorted.filter((p) => p.kind === 'after'),
  };
}

/** The numeric codes of a national name map (`dangerSrcNames`, …), in code order. */
export function codesOf(names: Readonly<Record<number, string>>): number[] {
  return Object.keys(names)
    .map(Number)
    .sort((a, b) => a - b);
}

export type CriterionGroup = { label: string; options: { value: string; label: string }[] };

/** The major-hazard criteria grouped by their standard, each labelled with its item number. */
export function criterionGroups(criteria: readonly MajorHazardCriterion[]): CriterionGroup[] {
  const groups = new Map<string, CriterionGroup>();
  for (const c of criteria) {
    const group = groups.get(c.standard) ?? { label: c.standard, options: [] };
    group.options.push({ value: c.key, label: `${c.item}\u3000${c.text}` });
    groups.set(c.standard, group);
  }
  return [...groups.values()];
}

/** The colour of a history step's dot: refusals grey, overdue red, the close green. */
export function timelineColor(step: Pick<TimelineStep, 'action' | 'toState'>): string {
  if (step.action === 'overdue' || step.action === 'escalate') return 'red';
  if (step.action === 'reject' || step.action === 'void' || step.action === 'sendBack') return 'gray';
  if (step.toState === 'closed' || step.toState === 'handedOver') return 'green';
  return 'blue';
}

/** The history oldest first, as it happened. */
export function orderedTimeline(steps: readonly TimelineStep[]): TimelineStep[] {
  return [...steps].sort((a, b) => a.at.localeCompare(b.at));
}

/** A standard by its document number, e.g. 安监总管三〔2017〕121号 (the full title is long for a column). */
export function standardShortName(standard: string): string {
  return /（([^（）]+)）$/.exec(standard)?.[1] ?? standard;
}
