import type { ListingDue, ListingState } from '@shuangkong/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import '../../i18n.ts';

const stateColors: Record<ListingState, string> = {
  rectifying: 'orange',
  evaluating: 'blue',
  verifying: 'geekblue',
  verified: 'cyan',
  delisted: 'green',
};

export function ListingStateTag({ state }: { state: ListingState }) {
  const { t } = useTranslation('supervision');
  return (
    <Tag color={stateColors[state]} data-testid="listing-state">
      {t(`listing.states.${state}`)}
    </Tag>
  );
}

/** The deadline chip: working days left (≤ 5: warning), or days past it. */
export function DueChip({ due, testId }: { due: ListingDue | null; testId?: string }) {
  const { t } = useTranslation('supervision');
  if (!due) return null;
  if (due.overdueDays !== null)
    return (
      <Tag color="red" data-testid={testId}>
        {t('listing.due.overdue', { n: due.overdueDays })}
      </Tag>
    );
  const n = due.workingDaysLeft ?? 0;
  return (
    <Tag color={n <= 5 ? 'gold' : 'default'} data-testid={testId}>
      {n === 0 ? t('listing.due.today') : t('listing.due.left', { n })}
    </Tag>
  );
}
