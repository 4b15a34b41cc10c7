import { z } from 'zod';
import { boundedInt, boundedQueryInt } from '../bounds.ts';
import { isoDate } from '../common.ts';
import {
  checkAnswer,
  checkCycleUnit,
  checkStatus,
  inspectionTaskStatus,
  inspectionWorkType,
  timeOfDay,
  windowEnd,
  workDayType,
} from './schedule.ts';

/** A check item (隐患排查清单 line) as the API shows it. */
export const inspectionItem = z.object({
  id: z.string(),
  measureId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  eventName: z.string(),
  measureContent: z.string(),
  failureSign: z.string(),
  troubleshootContent: z.string(),
  responsibleUnitId: z.string().nullable(),
  responsibleUserId: z.string().nullable(),
  /** The post (岗位) whose daily checklist lists the item; null when unassigned. */
  postId: z.string().nullable(),
  checkCycle: z.number(),
  checkCycleUnit,
  workStartTime: z.string().nullable(),
  workEndTime: z.string().nullable(),
  dayType: workDayType,
  workType: inspectionWorkType,
  retired: z.boolean(),
  photoRequired: z.boolean(),
  version: z.number(),
  abilities: z.object({ edit: z.boolean() }),
});
export type InspectionItem = z.infer<typeof inspectionItem>;

export const inspectionItemList = z.object({
  data: z.array(inspectionItem),
  abilities: z.object({ sync: z.boolean() }),
});

/** Edit an item's schedule; the server checks that hourly cycles have a window. */
export const updateInspectionItemBody = z.object({
  checkCycle: boundedInt(1, 1000),
  checkCycleUnit,
  workStartTime: timeOfDay.nullable(),
  workEndTime: windowEnd.nullable(),
  dayType: workDayType,
  workType: inspectionWorkType.optional(),
  /** Every answer needs a photo taken on the spot; left as it was when absent. */
  photoRequired: z.boolean().optional(),
  // Optimistic locking: the version the editor saw.
  version: boundedInt(1, 2_147_483_647),
});
export type UpdateInspectionItemBody = z.infer<typeof updateInspectionItemBody>;

/** Assigns an item to a post (岗位) of the enterprise, or clears it with null. */
export const assignItemPostBody = z.object({ postId: z.uuid().nullable() });
export type AssignItemPostBody = z.infer<typeof assignItemPostBody>;

export const checklistSyncResult = z.object({
  created: z.number(),
  updated: z.number(),
  retired: z.number(),
});

export const inspectionTask = z.object({
  id: z.string(),
  itemId: z.string(),
  measureId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  measureContent: z.string(),
  failureSign: z.string(),
  troubleshootContent: z.string(),
  periodStart: z.string(),
  dueDate: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  checkCycle: z.number(),
  checkCycleUnit,
  dayType: workDayType,
  workType: inspectionWorkType,
  /** 排查类型 by the national source codes; 1 routine, the others from a plan. */
  kind: z.number().int(),
  planId: z.string().nullable(),
  planName: z.string().nullable(),
  status: inspectionTaskStatus,
  /** Every answer needs a photo taken on the spot. */
  photoRequired: z.boolean(),
  /** The enterprise takes checks only from the unit's page opened by scanning its card. */
  scanRequired: z.boolean(),
  abilities: z.object({ check: z.boolean() }),
});
export type InspectionTask = z.infer<typeof inspectionTask>;

export const inspectionTaskQuery = z.object({
  date: isoDate.optional(),
  unitId: z.uuid().optional(),
  /** Only the caller's tasks: items they are responsible for or that name no one. */
  mine: z.enum(['true', 'false']).optional(),
});

export const submitInspectionRecordBody = z.object({
  answers: z
    .array(
      z.object({
        itemId: z.uuid(),
        answer: checkAnswer,
        note: z.string().trim().max(500).default(''),
        /** Photos taken on the spot (uploaded files of the enterprise): the finding's evidence. */
        photoFileIds: z.array(z.uuid()).max(9).default([]),
      }),
    )
    .min(1)
    .max(200),
  /** 'other' when the check could not be judged normal or not; otherwise derived from the answers. */
  other: z.boolean().default(false),
  note: z.string().trim().max(1000).default(''),
  byMobile: z.boolean().default(false),
  /** Made from the unit's page opened by scanning the QR code of its printed card (现场扫码). */
  scanned: z.boolean().default(false),
  /** The device's own id for this record: sending it again (a queue resent) returns the first. */
  clientRecordId: z.uuid().optional(),
  /** When the check was made on the device, if it was queued without a network. */
  checkedAt: z.iso.datetime({ offset: true }).optional(),
  /** A correction: the record (of the same task) this one corrects; the old one stays as it was. */
  correctsRecordId: z.uuid().optional(),
});
export type SubmitInspectionRecordBody = z.input<typeof submitInspectionRecordBody>;

export const inspectionRecord = z.object({
  id: z.string(),
  taskId: z.string(),
  checkTime: z.string(),
  checkStatus,
  isSteward: z.boolean(),
  byMobile: z.boolean(),
  scanned: z.boolean(),
  /** When the server received it (later than checkTime for a record queued offline). */
  submittedAt: z.string(),
  /** The task was already completed by this record: this one is kept and waits for review. */
  duplicateOf: z.string().nullable(),
  correctsRecordId: z.string().nullable(),
  needsReview: z.boolean(),
});

/** 停用/检维修 of a unit. */
export const outOfServicePeriod = z.object({
  id: z.string(),
  unitId: z.string(),
  startAt: z.string(),
  endAt: z.string().nullable(),
  reason: z.string(),
  abilities: z.object({ edit: z.boolean() }),
});
export type OutOfServicePeriod = z.infer<typeof outOfServicePeriod>;

export const outOfServiceBody = z.object({
  unitId: z.uuid(),
  startAt: z.iso.datetime({ offset: true }),
  endAt: z.iso.datetime({ offset: true }).nullable(),
  reason: z.string().trim().min(1).max(500),
});
export type OutOfServiceBody = z.infer<typeof outOfServiceBody>;

// ---------- records (排查记录) ----------

export const inspectionRecordListQuery = z.object({
  /** Check dates (Asia/Shanghai), both included. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  unitId: z.uuid().optional(),
  taskId: z.uuid().optional(),
  checkedBy: z.uuid().optional(),
  checkStatus: checkStatus.optional(),
  needsReview: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Keyset cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(200).optional(),
  limit: boundedQueryInt(1, 100).default(30),
});
export type InspectionRecordListQuery = z.infer<typeof inspectionRecordListQuery>;

export const inspectionRecordPhoto = z.object({
  fileId: z.string(),
  url: z.string(),
  /** From the photo's own metadata, when the camera wrote it. */
  capturedAt: z.string().nullable(),
  /** Where the phone says it was taken, when it wrote GPS into the photo. */
  gps: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  /** Captured before the task's window opened or after it closed: shown, and flagged. */
  outsideWindow: z.boolean(),
});

/** One record as the records browser shows it: what was checked, by whom, when, and how. */
export const inspectionRecordView = inspectionRecord.extend({
  unitId: z.string(),
  unitName: z.string(),
  measureContent: z.string(),
  checkedByName: z.string(),
  note: z.string(),
  windowStart: z.string(),
  windowEnd: z.string(),
  /** Sent more than ten minutes after it was made (queued on a phone without a network). */
  late: z.boolean(),
  /** Records that correct this one. */
  correctedBy: z.array(z.string()),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  answers: z.array(
    z.object({
      itemId: z.string(),
      answer: checkAnswer,
      note: z.string(),
      photos: z.array(inspectionRecordPhoto),
    }),
  ),
  abilities: z.object({ review: z.boolean(), correct: z.boolean() }),
});
export type InspectionRecordView = z.infer<typeof inspectionRecordView>;

export const inspectionRecordList = z.object({
  data: z.array(inspectionRecordView),
  nextCursor: z.string().nullable(),
});
export type InspectionRecordList = z.infer<typeof inspectionRecordList>;

/** Settles a record flagged for review (a second device's record of a completed task). */
export const reviewInspectionRecordBody = z.object({
  comment: z.string().trim().max(500).default(''),
});
export type ReviewInspectionRecordBody = z.input<typeof reviewInspectionRecordBody>;

/** The enterprise's inspection rules. */
export const inspectionSettings = z.object({
  requireScan: z.boolean(),
  abilities: z.object({ edit: z.boolean() }),
});
export type InspectionSettings = z.infer<typeof inspectionSettings>;
export const inspectionSettingsBody = z.object({ requireScan: z.boolean() });
export type InspectionSettingsBody = z.infer<typeof inspectionSettingsBody>;
