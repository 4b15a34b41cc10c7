import type { AssignmentDue, AssignmentState, RiskLevel } from '@shuangkong/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import '../../i18n.ts';

const stateColor: Record<AssignmentState, string> = {
  toAssign: 'orange',
  issued: 'blue',
  received: 'geekblue',
  acknowledged: 'cyan',
  closeOutRequested: 'purple',
  closeOutReturned: 'magenta',
  closed: 'green',
  lapsed: 'default',
};
const levelColor: Record<RiskLevel, string> = {
  major: 'red',
  significant: 'orange',
  general: 'gold',
  low: 'blue',
};

export function StateTag({ state }: { state: AssignmentState }) {
  const { t } = useTranslation('supervision');
  return (
    <Tag color={stateColor[state]} data-testid="assignment-state">
      {t(`assignment.state.${state}`)}
    </Tag>
  );
}

export function LevelTag({ level }: { level: RiskLevel | null }) {
  const { t } = useTranslation('supervision');
  if (!level) return <>—</>;
  return <Tag color={levelColor[level]}>{t(`assignment.level.${level}`)}</Tag>;
}

/** 剩余 N 个工作日 / 今日到期 / 逾期 N 天, with the date. */
export function DueChip({ due }: { due: AssignmentDue | null }) {
  const { t } = useTranslation('supervision');
  if (!due) return <>—</>;
  if (due.overdueDays !== null)
    return (
      <Tag color="red" data-testid="assignment-due">
        {t('assignment.due.overdue', { days: due.overdueDays, date: due.dueOn })}
      </Tag>
    );
  return (
    <Tag color={due.workingDaysLeft === 0 ? 'orange' : 'default'} data-testid="assignment-due">
      {due.workingDaysLeft === 0
        ? t('assignment.due.today', { date: due.dueOn })
        : t('assignment.due.left', { days: due.workingDaysLeft, date: due.dueOn })}
    </Tag>
  );
}
