import { Alert, Card, Empty, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useTasks } from '../../api/inspection-api.ts';
import { RecordForm } from '../../components/record-form.tsx';
import { QueueBanner } from '../../offline/queue-banner.tsx';
import { TaskStatusTag } from '../../components/status-tag.tsx';
import '../../i18n.ts';

/** The worker's phone list: today's own tasks, each answered on the spot. */
export function MobileTasksPage() {
  const { t } = useTranslation('inspection');
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? session.user.enterpriseId ?? '';
  const { data, isLoading, error } = useTasks(enterpriseId, { mine: true });
  if (error) return <Alert type="error" title={errorMessage(t, error)} style={{ margin: 12 }} />;
  if (isLoading || !data) return <Skeleton active style={{ padding: 12 }} />;
  return (
    <div style={{ padding: 12 }} data-testid="inspection-mobile-tasks">
      <Typography.Title level={4}>{t('mobile.title')}</Typography.Title>
      <QueueBanner />
      {data.data.length === 0 ? <Empty description={t('mobile.empty')} /> : null}
      <Space direction="vertical" style={{ width: '100%' }}>
        {data.data.map((task) => (
          <Card
            key={task.id}
            size="small"
            title={task.unitName}
            extra={<TaskStatusTag status={task.status} />}
            data-testid="inspection-mobile-task"
            data-task-id={task.id}
          >
            <Typography.Paragraph style={{ marginBottom: 4 }}>{task.measureContent}</Typography.Paragraph>
            {task.failureSign ? (
              <Typography.Paragraph type="secondary">
                {t('checklist.failureSign')}：{task.failureSign}
              </Typography.Paragraph>
            ) : null}
            <Typography.Text type="secondary">
              {dayjs(task.startsAt).format('HH:mm')}–{dayjs(task.endsAt).format('HH:mm')}
            </Typography.Text>
            {task.abilities.check ? <RecordForm enterpriseId={enterpriseId} task={task} byMobile /> : null}
          </Card>
        ))}
      </Space>
    </div>
  );
}
