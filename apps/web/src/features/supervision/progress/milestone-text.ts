import type { MilestoneStatus } from '@shuangkong/contracts';
import type { TFunction } from 'i18next';

/** The text of what a milestone lacks (`supervision:progress.lack.<code>`, with have/need). */
export function lackText(t: TFunction, m: MilestoneStatus): string {
  return t(`progress.lack.${m.lack ?? 'notRegistered'}`, { have: m.have ?? 0, need: m.need ?? 0 });
}
