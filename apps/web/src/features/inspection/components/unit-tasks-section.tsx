import { Alert, Card, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useTasks } from '../api/inspection-api.ts';
import '../i18n.ts';
import { QueueBanner } from '../offline/queue-banner.tsx';
import { RecordForm } from './record-form.tsx';

/**
 * On the unit's phone page (opened by the QR code of its printed card): the scanner's open checks
 * of this unit, answered right there; the record notes that it was made after scanning.
 */
export function UnitTasksSection(props: { enterpriseId: string; unitId: string }) {
  const { t } = useTranslation('inspection');
  const { data } = useTasks(props.enterpriseId, { mine: true, unitId: props.unitId });
  const open = (data?.data ?? []).filter((task) => task.abilities.check);
  if (open.length === 0) return <QueueBanner />;
  return (
    <Card
      size="small"
      title={t('mobile.unitTasks')}
      style={{ marginBottom: 12 }}
      data-testid="inspection-unit-tasks"
    >
      <QueueBanner />
      <Alert type="success" showIcon title={t('mobile.unitTasksHint')} style={{ marginBottom: 8 }} />
      <Space direction="vertical" style={{ width: '100%' }}>
        {open.map((task) => (
          <Card key={task.id} size="small" type="inner" data-testid="inspection-unit-task">
            <Typography.Paragraph style={{ marginBottom: 4 }}>{task.measureContent}</Typography.Paragraph>
            {task.failureSign ? (
              <Typography.Paragraph type="secondary">
                {t('checklist.failureSign')}：{task.failureSign}
              </Typography.Paragraph>
            ) : null}
            <Typography.Text type="secondary">
              {dayjs(task.startsAt).format('HH:mm')}–{dayjs(task.endsAt).format('HH:mm')}
            </Typography.Text>
            <RecordForm enterpriseId={props.enterpriseId} task={task} byMobile scanned />
          </Card>
        ))}
      </Space>
    </Card>
  );
}
