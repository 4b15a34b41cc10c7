import type { DeadLetter } from '@shuangkong/contracts';
import { App, Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { ErrorResult } from '../../../../shared/components/error-result.tsx';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useDeadLetters, useRetryDeadLetter } from '../../api/event-deliveries-api.ts';

/** 事件投递: deliveries between modules that gave up, with the error, and a retry for each. */
export function EventDeliveriesPage() {
  const { t } = useTranslation('platform');
  const { message } = App.useApp();
  const { data, isLoading, error, refetch } = useDeadLetters();
  const retry = useRetryDeadLetter();
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <PageContainer title={t('deadLetters.title')} subTitle={t('deadLetters.subtitle')}>
      <Table<DeadLetter>
        data-testid="dead-letters"
        rowKey="jobId"
        loading={isLoading}
        dataSource={data?.data ?? []}
        locale={{ emptyText: t('deadLetters.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          {
            title: t('deadLetters.occurredAt'),
            dataIndex: 'occurredAt',
            render: (v: string) => formatDateTime(v),
          },
          { title: t('deadLetters.eventType'), dataIndex: 'eventType' },
          {
            title: t('deadLetters.entity'),
            render: (_, row) => (
              <Typography.Text copyable={{ text: row.entityId }}>
                {row.entityType} {row.entityId.slice(0, 8)}
              </Typography.Text>
            ),
          },
          { title: t('deadLetters.subscriber'), dataIndex: 'subscriber' },
          { title: t('deadLetters.attempts'), dataIndex: 'attempts', align: 'right' },
          {
            title: t('deadLetters.lastError'),
            dataIndex: 'lastError',
            render: (v: string | null) => <Typography.Text type="danger">{v}</Typography.Text>,
          },
          {
            title: t('deadLetters.failedAt'),
            dataIndex: 'failedAt',
            render: (v: string | null) => (v ? formatDateTime(v) : ''),
          },
          {
            title: '',
            render: (_, row) => (
              <Button
                size="small"
                data-testid={`dead-letter-retry-${row.jobId}`}
                loading={retry.isPending && retry.variables === row.jobId}
                onClick={() =>
                  retry.mutate(row.jobId, {
                    onSuccess: () => void message.success(t('deadLetters.retried')),
                    onError: (e) => void message.error(errorMessage(t, e)),
                  })
                }
              >
                {t('deadLetters.retry')}
              </Button>
            ),
          },
        ]}
      />
    </PageContainer>
  );
}
