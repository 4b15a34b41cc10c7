import type { HazardGrade, RectificationType } from '@shuangkong/contracts';
import type { Dayjs } from 'dayjs';
import type { HazardBodies, HazardStep } from '../../api/hazard-api.ts';

/** Everything any step's form may hold; each step's form fills its own part. */
export type StepValues = {
  // confirm
  name?: string;
  grade?: HazardGrade;
  hazardType?: number;
  managementClassification?: number;
  occurrenceLink?: number;
  rectificationType?: RectificationType;
  majorCriterionKey?: string | null;
  // reasons, notes and comments
  reason?: string;
  comment?: string;
  note?: string;
  // merge
  intoHazardId?: string;
  // assign and plan
  ownerUserId?: string;
  deadline?: Dayjs | null;
  measures?: string;
  cost?: number | null;
  goal?: string;
  funds?: number | null;
  materials?: string;
  organisation?: string;
  contingency?: string;
  protectiveMeasures?: string;
  // rectification
  afterPhotoIds?: string[];
  actualCost?: number | null;
  withEvaluation?: boolean;
  evaluation?: { by?: string; thirdParty?: boolean; date?: Dayjs | null; conclusion?: string };
  // extension
  newDeadline?: Dayjs | null;
  // signed steps
  password?: string;
};

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : '');
const text = (s: string | undefined) => s ?? '';
/** An optional text: left out when blank, so the server's min(1) does not trip over it. */
const optional = (s: string | undefined) => (s && s.trim() !== '' ? s : undefined);
const amount = (n: number | null | undefined) => (typeof n === 'number' ? n : undefined);

/**
 * Each step's request body from its form's values. The forms mark the required fields, so a
 * missing one here is a validation the server reports back onto its field.
 */
export const stepBodies: { [S in HazardStep]: (v: StepValues) => HazardBodies[S] } = {
  confirm: (v) => ({
    grade: v.grade ?? 'general',
    hazardType: v.hazardType ?? 0,
    managementClassification: v.managementClassification ?? 0,
    occurrenceLink: v.occurrenceLink ?? 0,
    rectificationType: v.rectificationType ?? 'deadline',
    majorCriterionKey: v.majorCriterionKey ?? null,
    name: optional(v.name),
    password: text(v.password),
  }),
  reject: (v) => ({ reason: text(v.reason) }),
  merge: (v) => ({ intoHazardId: text(v.intoHazardId), reason: optional(v.reason) }),
  assign: (v) => ({
    ownerUserId: text(v.ownerUserId),
    deadline: day(v.deadline),
    measures: text(v.measures),
    cost: amount(v.cost),
  }),
  submitPlan: (v) => ({
    ownerUserId: text(v.ownerUserId),
    goal: text(v.goal),
    measures: text(v.measures),
    funds: amount(v.funds) ?? 0,
    materials: optional(v.materials),
    organisation: text(v.organisation),
    deadline: day(v.deadline),
    contingency: text(v.contingency),
    protectiveMeasures: text(v.protectiveMeasures),
  }),
  approvePlan: (v) => ({ comment: optional(v.comment), password: text(v.password) }),
  fixOnTheSpot: (v) => ({
    afterPhotoIds: v.afterPhotoIds ?? [],
    note: text(v.note),
    password: text(v.password),
  }),
  submitRectification: (v) => ({
    afterPhotoIds: v.afterPhotoIds ?? [],
    note: text(v.note),
    actualCost: amount(v.actualCost),
    evaluation:
      v.withEvaluation && v.evaluation
        ? {
            by: text(v.evaluation.by),
            thirdParty: v.evaluation.thirdParty ?? false,
            date: day(v.evaluation.date),
            conclusion: text(v.evaluation.conclusion),
          }
        : undefined,
    password: text(v.password),
  }),
  accept: (v) => ({ comment: optional(v.comment), password: text(v.password) }),
  sendBack: (v) => ({ reason: text(v.reason) }),
  requestExtension: (v) => ({ reason: text(v.reason), newDeadline: day(v.newDeadline) }),
  approveExtension: (v) => ({ comment: optional(v.comment) }),
  refuseExtension: (v) => ({ comment: optional(v.comment) }),
  void: (v) => ({ reason: text(v.reason) }),
  handOver: (v) => ({ note: optional(v.note) }),
};
