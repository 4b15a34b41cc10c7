import { AppError } from '../../kernel/index.ts';
import type { FrequencyProblem } from './schedule/frequency.ts';

/** Errors of the inspection module; the web translates the codes. */
export const inspectionErrors = {
  frequencyInvalid: (problem: FrequencyProblem) =>
    new AppError(`INSPECTION_${problem.code}`, 400, `${problem.field}: ${problem.code}`, {
      field: `body.${problem.field}`,
    }),
  staleVersion: () =>
    new AppError('INSPECTION_STALE_VERSION', 409, 'The item was changed by someone else; reload it', {
      field: 'body.version',
    }),
  taskNotOpen: () => new AppError('INSPECTION_TASK_NOT_OPEN', 409, 'The task’s window has not opened yet'),
  taskClosed: () =>
    new AppError('INSPECTION_TASK_CLOSED', 409, 'The task has been checked or its window has closed'),
  photoRequired: () =>
    new AppError(
      'INSPECTION_PHOTO_REQUIRED',
      400,
      'This item needs a photo taken on the spot with every answer',
      {
        field: 'body.answers.0.photoFileIds',
      },
    ),
  scanRequired: () =>
    new AppError(
      'INSPECTION_SCAN_REQUIRED',
      409,
      'The enterprise takes checks only after scanning the unit’s card on the spot',
    ),
  answersMismatch: () =>
    new AppError('INSPECTION_ANSWERS_MISMATCH', 400, 'Answer exactly the task’s items', {
      field: 'body.answers',
    }),
  unitUnknown: () => new AppError('INSPECTION_UNIT_UNKNOWN', 400, 'No such unit', { field: 'body.unitId' }),
  planScopeEmpty: () =>
    new AppError('INSPECTION_PLAN_SCOPE_EMPTY', 400, 'Choose the units or items the plan covers', {
      field: 'body.unitIds',
    }),
  planUnitWithoutItems: (index: number) =>
    new AppError('INSPECTION_PLAN_UNIT_WITHOUT_ITEMS', 400, 'The unit has no open check items', {
      field: `body.unitIds.${index}`,
    }),
  planItemUnknown: (index: number) =>
    new AppError('INSPECTION_PLAN_ITEM_UNKNOWN', 400, 'No such open check item', {
      field: `body.itemIds.${index}`,
    }),
  planAssigneeUnknown: (index: number) =>
    new AppError('INSPECTION_PLAN_ASSIGNEE_UNKNOWN', 400, 'Not an active person of the enterprise', {
      field: `body.assigneeIds.${index}`,
    }),
  planTooLong: (maxDays: number) =>
    new AppError('INSPECTION_PLAN_TOO_LONG', 400, `A plan spans at most ${maxDays} days`, {
      field: 'body.endDate',
    }),
  planEndsBeforeStart: () =>
    new AppError('INSPECTION_PLAN_ENDS_BEFORE_START', 400, 'The end date is before the start date', {
      field: 'body.endDate',
    }),
  planEnded: () =>
    new AppError('INSPECTION_PLAN_ENDED', 400, 'The plan would end before today', { field: 'body.endDate' }),
  planWindowIncomplete: () =>
    new AppError(
      'INSPECTION_PLAN_WINDOW_INCOMPLETE',
      400,
      'Give both the start and the end time, or neither',
      {
        field: 'body.workEndTime',
      },
    ),
  planWindowEmpty: () =>
    new AppError('INSPECTION_WINDOW_EMPTY', 400, 'The end time must be after the start time', {
      field: 'body.workEndTime',
    }),
  planNotCancellable: () =>
    new AppError('INSPECTION_PLAN_NOT_CANCELLABLE', 409, 'The plan has already ended or been cancelled'),
  postUnknown: () =>
    new AppError('INSPECTION_POST_UNKNOWN', 400, 'No such post in the enterprise', { field: 'body.postId' }),
};
