import type { InspectionOutcome } from '@shuangkong/contracts';
import { Card, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOMES_PAGE, useOutcomes, type OutcomeFilter } from '../api/indicators-api.ts';
import { TaskStatusTag } from './status-tag.tsx';

/** The tasks behind a figure, each with its record (who checked, when, what was found). */
export function OutcomesCard({
  enterpriseId,
  title,
  filter,
}: {
  enterpriseId: string;
  title: string;
  filter: OutcomeFilter;
}) {
  const { t } = useTranslation('inspection');
  const key = JSON.stringify(filter);
  const [page, setPage] = useState({ key, offset: 0 });
  // A new filter starts at its first page.
  const offset = page.key === key ? page.offset : 0;
  const outcomes = useOutcomes(enterpriseId, { ...filter, offset });
  return (
    <Card size="small" style={{ marginTop: 12 }} title={title} data-testid="inspection-outcomes">
      <Table<InspectionOutcome>
        rowKey="taskId"
        size="small"
        loading={outcomes.isLoading}
        dataSource={outcomes.data?.data ?? []}
        pagination={{
          pageSize: OUTCOMES_PAGE,
          total: outcomes.data?.total ?? 0,
          current: offset / OUTCOMES_PAGE + 1,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: (p) => setPage({ key, offset: (p - 1) * OUTCOMES_PAGE }),
        }}
        columns={[
          { title: t('tasks.date'), dataIndex: 'dueDate', width: 110 },
          {
            title: t('tasks.time'),
            key: 'time',
            width: 110,
            render: (_: unknown, o) =>
              `${dayjs(o.startsAt).format('HH:mm')}–${dayjs(o.endsAt).format('HH:mm')}`,
          },
          { title: t('checklist.unit'), dataIndex: 'unitName', width: 140 },
          { title: t('checklist.measure'), dataIndex: 'measureContent' },
          {
            title: t('tasks.status'),
            dataIndex: 'status',
            width: 90,
            render: (s: InspectionOutcome['status']) => <TaskStatusTag status={s} />,
          },
          {
            title: t('indicators.record'),
            key: 'record',
            width: 260,
            render: (_: unknown, o) =>
              o.record ? (
                <>
                  {dayjs(o.record.checkTime).format('MM-DD HH:mm')} {o.record.checkedByName}{' '}
                  {o.record.checkStatus === 'hazardFound' ? (
                    <Tag color="red">{t('indicators.hazardFound')}</Tag>
                  ) : null}
                  {o.record.byMobile ? <Tag>{t('indicators.byMobile')}</Tag> : null}
                  {o.record.note ? (
                    <div>
                      <Typography.Text type="secondary">{o.record.note}</Typography.Text>
                    </div>
                  ) : null}
                </>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Card>
  );
}
