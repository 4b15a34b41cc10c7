import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EnterpriseStatus } from '../api/enterprise-api.ts';

const statusColor: Record<EnterpriseStatus, string> = { pending: 'gold', approved: 'green', rejected: 'red' };

export function EnterpriseStatusTag({ status }: { status: EnterpriseStatus }) {
  const { t } = useTranslation('enterprise');
  return (
    <Tag color={statusColor[status]} data-testid={`status-${status}`}>
      {t(`status.${status}`)}
    </Tag>
  );
}

export function HighRiskTag() {
  const { t } = useTranslation('enterprise');
  return <Tag color="volcano">{t('highRiskTag')}</Tag>;
}
