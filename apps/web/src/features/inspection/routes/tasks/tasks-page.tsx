import type { InspectionTask } from '@shuangkong/contracts';
import { Alert, DatePicker, Modal, Button, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useSession } from '../../../../shared/session/session.ts';
import { useTasks } from '../../api/inspection-api.ts';
import { RecordForm } from '../../components/record-form.tsx';
import { TaskStatusTag } from '../../components/status-tag.tsx';

const time = (iso: string) => dayjs(iso).format('HH:mm');

/** 排查任务 of a day for the whole enterprise, with their status; open ones can be checked. */
export function TasksPage() {
  const { t } = useTranslation('inspection');
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? '';
  const [date, setDate] = useState(() => dayjs().format('YYYY-MM-DD'));
  const { data, isLoading, error } = useTasks(enterpriseId, { date });
  const [checking, setChecking] = useState<InspectionTask | null>(null);
  return (
    <PageContainer
      title={t('tasks.title')}
      extra={
        <DatePicker
          value={dayjs(date)}
          allowClear={false}
          onChange={(value) => value && setDate(value.format('YYYY-MM-DD'))}
          data-testid="inspection-task-date"
        />
      }
    >
      {error ? <Alert type="error" title={errorMessage(t, error)} /> : null}
      <Table<InspectionTask>
        rowKey="id"
        size="small"
        loading={isLoading}
        dataSource={data?.data ?? []}
        data-testid="inspection-tasks"
        locale={{ emptyText: t('tasks.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          {
            title: t('tasks.time'),
            key: 'time',
            width: 120,
            render: (_: unknown, task) =>
              // A plan's task spans days: say which.
              task.planId === null
                ? `${time(task.startsAt)}–${time(task.endsAt)}`
                : `${dayjs(task.startsAt).format('MM-DD HH:mm')} ~ ${dayjs(task.endsAt).format('MM-DD HH:mm')}`,
          },
          { title: t('checklist.unit'), dataIndex: 'unitName', width: 140 },
          {
            title: t('checklist.measure'),
            key: 'measure',
            render: (_: unknown, task) => (
              <>
                {task.planName !== null ? (
                  <Tag color="blue" data-testid={`inspection-task-plan-${task.id}`}>
                    {`${t(`kinds.${task.kind}`)} · ${task.planName}`}
                  </Tag>
                ) : null}
                {task.measureContent}
                {task.failureSign ? (
                  <div>
                    <Typography.Text type="secondary">{task.failureSign}</Typography.Text>
                  </div>
                ) : null}
              </>
            ),
          },
          {
            title: t('tasks.status'),
            dataIndex: 'status',
            width: 100,
            render: (status: InspectionTask['status']) => <TaskStatusTag status={status} />,
          },
          {
            title: '',
            key: 'actions',
            width: 90,
            render: (_: unknown, task) =>
              task.abilities.check ? (
                <Button size="small" type="primary" onClick={() => setChecking(task)}>
                  {t('tasks.check')}
                </Button>
              ) : null,
          },
        ]}
      />
      {checking ? (
        <Modal
          open
          footer={null}
          title={checking.unitName}
          onCancel={() => setChecking(null)}
          destroyOnHidden
        >
          <Typography.Paragraph>{checking.measureContent}</Typography.Paragraph>
          <RecordForm
            enterpriseId={enterpriseId}
            task={checking}
            byMobile={false}
            onDone={() => setChecking(null)}
          />
        </Modal>
      ) : null}
    </PageContainer>
  );
}
