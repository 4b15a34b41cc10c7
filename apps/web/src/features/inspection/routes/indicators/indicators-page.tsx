import type { IndicatorGroupBy, IndicatorRow, InspectionOutcome } from '@shuangkong/contracts';
import {
  Alert,
  Card,
  Col,
  DatePicker,
  Progress,
  Row,
  Segmented,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useSession } from '../../../../shared/session/session.ts';
import { OUTCOMES_PAGE, useIndicators, useOutcomes, type OutcomeFilter } from '../../api/indicators-api.ts';
import { TaskStatusTag } from '../../components/status-tag.tsx';

const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const dateOf = (d: Dayjs) => d.format('YYYY-MM-DD');

/** The drill-down filter of a row: the tasks behind its figures. */
function filterOf(groupBy: IndicatorGroupBy, row: IndicatorRow): Partial<OutcomeFilter> {
  switch (groupBy) {
    case 'unit':
      return { unitId: row.key };
    case 'person':
      return { responsibleUserId: row.key === '' ? 'none' : row.key };
    case 'workType':
      return { workType: row.key };
    case 'day':
      return { day: row.key };
  }
}

/**
 * 排查运行效果: completion, on-time and hazard-found rates and participation over a period, by
 * unit, responsible person, work type or day; a row opens the tasks and records behind it.
 */
export function IndicatorsPage() {
  const { t } = useTranslation('inspection');
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? '';
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('month'), dayjs()]);
  const [groupBy, setGroupBy] = useState<IndicatorGroupBy>('unit');
  const [drill, setDrill] = useState<{ row: IndicatorRow; offset: number } | null>(null);
  const from = dateOf(range[0]);
  const to = dateOf(range[1]);
  const { data, isLoading, error } = useIndicators(enterpriseId, from, to, groupBy);
  const outcomes = useOutcomes(
    enterpriseId,
    drill ? { from, to, offset: drill.offset, ...filterOf(groupBy, drill.row) } : null,
  );
  const totals = data?.data.totals;
  const labelOf = (row: IndicatorRow) =>
    groupBy === 'workType'
      ? t(`workTypes.${row.key}`, { defaultValue: row.key })
      : groupBy === 'person' && row.key === ''
        ? t('indicators.nobody')
        : row.label;
  const rateColumn = (key: 'completionRate' | 'onTimeRate' | 'hazardFoundRate', title: string) => ({
    title,
    dataIndex: key,
    width: 150,
    render: (r: number | null) =>
      r === null ? '—' : <Progress percent={Math.round(r * 1000) / 10} size="small" />,
  });
  return (
    <PageContainer
      title={t('indicators.title')}
      extra={
        <DatePicker.RangePicker
          value={range}
          allowClear={false}
          onChange={(value) => {
            if (value?.[0] && value[1]) {
              setRange([value[0], value[1]]);
              setDrill(null);
            }
          }}
          data-testid="inspection-indicators-range"
        />
      }
    >
      {error ? <Alert type="error" title={errorMessage(t, error)} /> : null}
      <Row gutter={[12, 12]} data-testid="inspection-indicators-totals">
        {(
          [
            [
              'completionRate',
              percent(totals?.completionRate ?? null),
              `${totals?.done ?? 0} / ${totals?.due ?? 0}`,
            ],
            [
              'onTimeRate',
              percent(totals?.onTimeRate ?? null),
              `${totals?.onTime ?? 0} / ${totals?.due ?? 0}`,
            ],
            [
              'hazardFoundRate',
              percent(totals?.hazardFoundRate ?? null),
              `${totals?.hazardFound ?? 0} / ${totals?.done ?? 0}`,
            ],
            [
              'participationRate',
              percent(totals?.participationRate ?? null),
              `${totals?.checkers ?? 0} / ${totals?.headcount ?? 0}`,
            ],
          ] as const
        ).map(([key, value, detail]) => (
          <Col key={key} xs={12} md={6}>
            <Card size="small" data-testid={`inspection-indicator-${key}`}>
              <Statistic title={t(`indicators.${key}`)} value={value} loading={isLoading} />
              <Typography.Text type="secondary">{detail}</Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      {totals && totals.missed > 0 ? (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          title={t('indicators.missedAlert', { count: totals.missed, open: totals.open })}
        />
      ) : null}
      {data && data.data.stewardByRole.length > 0 ? (
        <Card size="small" title={t('indicators.steward')} style={{ marginTop: 12 }}>
          <Row gutter={12}>
            {data.data.stewardByRole.map((row) => (
              <Col key={row.key} xs={24} md={8} data-testid={`inspection-steward-${row.key}`}>
                <Typography.Text>{t(`workTypes.${row.key}`, { defaultValue: row.key })}</Typography.Text>
                <Progress
                  percent={row.completionRate === null ? 0 : Math.round(row.completionRate * 1000) / 10}
                />
                <Typography.Text type="secondary">{`${row.done} / ${row.due}`}</Typography.Text>
              </Col>
            ))}
          </Row>
        </Card>
      ) : null}
      <Card
        size="small"
        style={{ marginTop: 12 }}
        title={
          <Segmented<IndicatorGroupBy>
            value={groupBy}
            onChange={(value) => {
              setGroupBy(value);
              setDrill(null);
            }}
            options={(['unit', 'person', 'workType', 'day'] as const).map((g) => ({
              value: g,
              label: t(`indicators.by.${g}`),
            }))}
            data-testid="inspection-indicators-group"
          />
        }
      >
        <Table<IndicatorRow>
          rowKey="key"
          size="small"
          loading={isLoading}
          dataSource={data?.data.rows ?? []}
          data-testid="inspection-indicators-rows"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          onRow={(row) => ({
            onClick: () => setDrill({ row, offset: 0 }),
            style: { cursor: 'pointer' },
          })}
          rowClassName={(row) => (drill?.row.key === row.key ? 'ant-table-row-selected' : '')}
          columns={[
            {
              title: t(`indicators.by.${groupBy}`),
              key: 'label',
              render: (_: unknown, row) => labelOf(row),
            },
            { title: t('indicators.due'), dataIndex: 'due', width: 80 },
            { title: t('indicators.done'), dataIndex: 'done', width: 80 },
            {
              title: t('indicators.missed'),
              dataIndex: 'missed',
              width: 80,
              render: (n: number) => (n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n),
            },
            { title: t('indicators.open'), dataIndex: 'open', width: 80 },
            rateColumn('completionRate', t('indicators.completionRate')),
            rateColumn('onTimeRate', t('indicators.onTimeRate')),
            rateColumn('hazardFoundRate', t('indicators.hazardFoundRate')),
          ]}
        />
      </Card>
      {drill ? (
        <Card
          size="small"
          style={{ marginTop: 12 }}
          title={t('indicators.records', { name: labelOf(drill.row) })}
          data-testid="inspection-outcomes"
        >
          <Table<InspectionOutcome>
            rowKey="taskId"
            size="small"
            loading={outcomes.isLoading}
            dataSource={outcomes.data?.data ?? []}
            pagination={{
              pageSize: OUTCOMES_PAGE,
              total: outcomes.data?.total ?? 0,
              current: drill.offset / OUTCOMES_PAGE + 1,
              showSizeChanger: false,
              onChange: (page) => setDrill({ ...drill, offset: (page - 1) * OUTCOMES_PAGE }),
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
      ) : null}
    </PageContainer>
  );
}
