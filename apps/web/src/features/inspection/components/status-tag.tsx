import type { InspectionTaskStatus } from '@shuangkong/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors: Record<InspectionTaskStatus, string> = { pending: 'blue', done: 'green', notChecked: 'red' };

export function TaskStatusTag({ status }: { status: InspectionTaskStatus }) {
  const { t } = useTranslation('inspection');
  return <Tag color={colors[status]}>{t(`statuses.${status}`)}</Tag>;
}
