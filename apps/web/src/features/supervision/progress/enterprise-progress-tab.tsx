import { progressRoutes, type EnterpriseProgress } from '@shuangkong/contracts';
import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../shared/api/client.ts';
import { errorMessage } from '../../../shared/api/error-message.ts';
import '../i18n.ts';
import { lackText } from './milestone-text.ts';

/**
 * The 建设进展 tab of an enterprise's page for regulators: the running month's seven milestones
 * with the day each was reached, or what is missing.
 */
export function EnterpriseProgressTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation('supervision');
  const query = useQuery({
    queryKey: ['supervision', 'progress', 'enterprise', enterpriseId],
    queryFn: ({ signal }) =>
      api.get<{ month: string; data: EnterpriseProgress }>(
        progressRoutes.enterprise.replace(':enterpriseId', enterpriseId),
        undefined,
        signal,
      ),
  });
  if (query.error) return <Alert type="error" title={errorMessage(t, query.error)} />;
  if (!query.data) return <Skeleton active />;
  const row = query.data.data;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      title={`${t('progress.month')}：${query.data.month}`}
      data-testid="enterprise-progress"
    >
      {row.milestones.map((m) => (
        <Descriptions.Item key={m.key} label={t(`progress.milestones.${m.key}`)}>
          {m.done ? (
            <Typography.Text type="success">
              {m.date ? t('progress.list.reachedOn', { date: m.date }) : '✓'}
            </Typography.Text>
          ) : (
            <>
              <Tag color="orange">{t('progress.list.whatLacks')}</Tag>
              {lackText(t, m)}
            </>
          )}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
