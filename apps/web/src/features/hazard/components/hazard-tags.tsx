import type { HazardGrade, HazardState } from '@shuangkong/contracts';
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
