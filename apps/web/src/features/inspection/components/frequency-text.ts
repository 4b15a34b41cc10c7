import type { TFunction } from 'i18next';

type Schedule = {
  checkCycle: number;
  checkCycleUnit: string;
  workStartTime: string | null;
  workEndTime: string | null;
};

/** "每 2 小时" in the reader's language. */
export function frequencyText(t: TFunction, s: Schedule): string {
  return t('frequencyText', { n: s.checkCycle, unit: t(`units.${s.checkCycleUnit}`) });
}

/** "08:00–18:00", or empty when the item has no window. */
export function windowText(s: Schedule): string {
  return s.workStartTime && s.workEndTime ? `${s.workStartTime}–${s.workEndTime}` : '';
}
