import { AppError } from '../../../kernel/index.ts';
import type { ProgressReportRefusal } from './progress-report.state.ts';

/** Refusals of the progress part; the web translates the codes (`supervision:progress.errors`). */
export const progressErrors = {
  monthInFuture: (field: string) =>
    new AppError('SUPERVISION_PROGRESS_MONTH_IN_FUTURE', 400, 'The month has not begun', { field }),
  refused: (code: ProgressReportRefusal) =>
    new AppError(
      code,
      409,
      code === 'SUPERVISION_PROGRESS_REPORT_EXISTS'
        ? 'The month has a report already'
        : 'Only a submitted report is reviewed',
      code === 'SUPERVISION_PROGRESS_REPORT_EXISTS' ? { field: 'body.month' } : {},
    ),
  enterpriseNotApproved: () =>
    new AppError('SUPERVISION_PROGRESS_NOT_APPROVED', 409, 'The enterprise is not approved yet'),
};
