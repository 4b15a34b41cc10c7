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
  answersMismatch: () =>
    new AppError('INSPECTION_ANSWERS_MISMATCH', 400, 'Answer exactly the task’s items', {
      field: 'body.answers',
    }),
  unitUnknown: () => new AppError('INSPECTION_UNIT_UNKNOWN', 400, 'No such unit', { field: 'body.unitId' }),
  postUnknown: () =>
    new AppError('INSPECTION_POST_UNKNOWN', 400, 'No such post in the enterprise', { field: 'body.postId' }),
};
