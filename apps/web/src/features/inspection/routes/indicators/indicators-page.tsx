import type { IndicatorGroupBy, IndicatorRow } from '@shuangkong/contracts';
import { Alert, Card, Col, DatePicker, Progress, Row, Segmented, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useSession } from '../../../../shared/session/session.ts';
import { useIndicators, type OutcomeFilter } from '../../api/indicators-api.ts';
import { OutcomesCard } from '../../components/outcomes-card.tsx';

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
  const [drill, setDrill] = useState<{ row: IndicatorRow } | null>(null);
  const from = dateOf(range[0]);
  const to = dateOf(range[1]);
  const { data, isLoading, error } = useIndicators(enterpriseId, from, to, groupBy);
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
            onClick: () => setDrill({ row }),
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
        <OutcomesCard
          enterpriseId={enterpriseId}
          title={t('indicators.records', { name: labelOf(drill.row) })}
          filter={{ from, to, ...filterOf(groupBy, drill.row) }}
        />
      ) : null}
    </PageContainer>
  );
}
