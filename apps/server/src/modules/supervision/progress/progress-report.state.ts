import type { ProgressReportState } from '@shuangkong/contracts';

export type ProgressReportAction = 'submit' | 'accept' | 'return';
export type ProgressReportRefusal =
  'SUPERVISION_PROGRESS_REPORT_EXISTS' | 'SUPERVISION_PROGRESS_REPORT_NOT_SUBMITTED';

/**
 * The monthly report's life: the safety manager submits it; the regulator accepts it or returns
 * it with a reason; a returned one is corrected and submitted again; an accepted one is final.
 * `null` is a month without a report.
 */
export function decideReportTransition(
  from: ProgressReportState | null,
  action: ProgressReportAction,
): { ok: true; to: ProgressReportState } | { ok: false; code: ProgressReportRefusal } {
  switch (action) {
    case 'submit':
      return from === null || from === 'returned'
        ? { ok: true, to: 'submitted' }
        : { ok: false, code: 'SUPERVISION_PROGRESS_REPORT_EXISTS' };
    case 'accept':
      return from === 'submitted'
        ? { ok: true, to: 'accepted' }
        : { ok: false, code: 'SUPERVISION_PROGRESS_REPORT_NOT_SUBMITTED' };
    case 'return':
      return from === 'submitted'
        ? { ok: true, to: 'returned' }
        : { ok: false, code: 'SUPERVISION_PROGRESS_REPORT_NOT_SUBMITTED' };
  }
}
