import type { HazardDue, HazardGrade, HazardState } from '@shuangkong/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import '../i18n.ts';
import { gradeColor, stateColor } from './hazard-model.ts';

export function HazardStateTag({ state }: { state: HazardState }) {
  const { t } = useTranslation('hazard');
  return (
    <Tag color={stateColor[state]} data-testid="hazard-state" data-state={state}>
      {t(`states.${state}`)}
    </Tag>
  );
}

/** 一般/重大; nothing before the hazard is graded. */
export function HazardGradeTag({ grade }: { grade: HazardGrade | null }) {
  const { t } = useTranslation('hazard');
  if (grade === null) return null;
  return (
    <Tag color={gradeColor[grade]} data-testid="hazard-grade" data-grade={grade}>
      {t(`grades.${grade}`)}
    </Tag>
  );
}

/** The red 逾期 flag of an open hazard past its deadline. */
export function OverdueFlag({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation('hazard');
  if (!overdue) return null;
  return (
    <Tag color="red" variant="solid" data-testid="hazard-overdue">
      {t('list.overdueFlag')}
    </Tag>
  );
}

/**
 * 剩余 N 个工作日 / 今日到期 / 逾期 N 天: how much time an open hazard has left. Orange from three
 * working days left, red once past the deadline.
 */
export function DueChip({ due }: { due: HazardDue | null }) {
  const { t } = useTranslation('hazard');
  if (due === null) return null;
  if (due.overdueDays !== null)
    return (
      <Tag color="red" data-testid="hazard-due" data-overdue-days={due.overdueDays}>
        {t('due.overdue', { count: due.overdueDays })}
      </Tag>
    );
  const left = due.workingDaysLeft ?? 0;
  return (
    <Tag color={left <= 3 ? 'orange' : 'default'} data-testid="hazard-due" data-working-days-left={left}>
      {left === 0 ? t('due.today') : t('due.left', { count: left })}
    </Tag>
  );
}
