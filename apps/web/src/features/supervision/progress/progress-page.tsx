import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import {
  PROGRESS_MILESTONES,
  type EnterpriseProgress,
  type MilestoneStatus,
  type ProgressDimension,
  type ProgressGroup,
  type ProgressMilestone,
} from '@shuangkong/contracts';
import {
  Alert,
  DatePicker,
  Flex,
  Input,
  Progress,
  Segmented,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../../shared/api/error-message.ts';
import { PageContainer } from '../../../shared/components/page-container.tsx';
import '../i18n.ts';
import { lackText } from './milestone-text.ts';
import { MonthlyTables } from './monthly-tables.tsx';
import { currentMonth, useProgressDashboard, useProgressList, type ProgressFilters } from './progress-api.ts';

type Tab = 'dashboard' | 'enterprises' | 'monthly';
const dimensions: ProgressDimension[] = ['township', 'industry', 'department'];
const pct = (n: number, total: number) => (total === 0 ? 0 : Math.round((n / total) * 1000) / 10);

/** The filters, tab and dimension of the page, kept in the URL so a view can be shared and reloaded. */
function useProgressParams() {
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(k) ?? undefined;
  const filters: ProgressFilters = {
    month: get('month'),
    jurisdictionCode: get('jurisdictionCode'),
    industryCode: get('industryCode'),
    regulatorId: get('regulatorId'),
    lacking: get('lacking') as ProgressMilestone | undefined,
    q: get('q'),
  };
  const tab = (get('tab') ?? 'dashboard') as Tab;
  const by = (get('by') ?? 'township') as ProgressDimension;
  const page = Number(get('page') ?? 1);
  const update = (patch: Record<string, string | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === '') next.delete(k);
        else next.set(k, v);
      }
      if (!('page' in patch)) next.delete('page');
      return next;
    });
  return { filters, tab, by, page, update };
}

/**
 * 建设进展: how far each enterprise in the remit has set up the dual prevention mechanism, live
 * from its own data — a dashboard by township, industry or department, the enterprises with what
 * each lacks, and the monthly tables of seed 003 (附件2, 附件3) with their export.
 */
export function ProgressPage() {
  const { t } = useTranslation('supervision');
  const { filters, tab, by, page, update } = useProgressParams();
  const month = filters.month ?? currentMonth();
  return (
    <PageContainer
      title={t('progress.title')}
      extra={
        <Space>
          <Typography.Text type="secondary">{t('progress.month')}</Typography.Text>
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            disabledDate={(d) => d.isAfter(dayjs(), 'month')}
            onChange={(d) => update({ month: d ? d.format('YYYY-MM') : undefined })}
            data-testid="progress-month"
          />
        </Space>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key })}
        items={[
          {
            key: 'dashboard',
            label: t('progress.tabs.dashboard'),
            children: <Dashboard filters={filters} by={by} update={update} />,
          },
          {
            key: 'enterprises',
            label: t('progress.tabs.enterprises'),
            children: <EnterpriseTable filters={filters} page={page} update={update} />,
          },
          {
            key: 'monthly',
            label: t('progress.tabs.monthly'),
            children: <MonthlyTables filters={filters} />,
          },
        ]}
      />
    </PageContainer>
  );
}

type Update = ReturnType<typeof useProgressParams>['update'];

/** The filter of an enterprise list that opens one dashboard group. */
const groupFilter = (by: ProgressDimension, key: string): Record<string, string | undefined> =>
  by === 'township'
    ? { jurisdictionCode: key, industryCode: undefined, regulatorId: undefined }
    : by === 'industry'
      ? { industryCode: key, jurisdictionCode: undefined, regulatorId: undefined }
      : { regulatorId: key, jurisdictionCode: undefined, industryCode: undefined };

function Dashboard({
  filters,
  by,
  update,
}: {
  filters: ProgressFilters;
  by: ProgressDimension;
  update: Update;
}) {
  const { t } = useTranslation('supervision');
  const dashboard = useProgressDashboard(filters, by);
  const data = dashboard.data;
  const rows: (ProgressGroup & { totalsRow?: boolean })[] = data
    ? [
        ...data.groups,
        { key: '__total', name: t('progress.dashboard.totals'), ...data.totals, totalsRow: true },
      ]
    : [];
  const drill = (g: ProgressGroup & { totalsRow?: boolean }, lacking?: ProgressMilestone) =>
    update({
      tab: 'enterprises',
      lacking,
      ...(g.totalsRow || g.key === '' ? {} : groupFilter(by, g.key)),
    });
  return (
    <>
      <Segmented<ProgressDimension>
        value={by}
        onChange={(v) => update({ by: v })}
        options={dimensions.map((d) => ({ value: d, label: t(`progress.by.${d}`) }))}
        style={{ marginBottom: 12 }}
        data-testid="progress-by"
      />
      {dashboard.error ? <Alert type="error" title={errorMessage(t, dashboard.error)} /> : null}
      <Table<ProgressGroup & { totalsRow?: boolean }>
        rowKey="key"
        size="small"
        loading={dashboard.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1200 }}
        data-testid="progress-dashboard"
        rowClassName={(r) => (r.totalsRow ? 'progress-totals-row' : '')}
        columns={[
          {
            title: t(`progress.by.${by}`),
            dataIndex: 'name',
            fixed: 'left',
            width: 180,
            render: (name: string, g) =>
              g.totalsRow ? (
                <Typography.Text strong>{name}</Typography.Text>
              ) : (
                <Typography.Link onClick={() => drill(g)} data-testid="progress-group">
                  {name || t('progress.dashboard.unassigned')}
                </Typography.Link>
              ),
          },
          { title: t('progress.dashboard.total'), dataIndex: 'total', width: 90, align: 'right' },
          ...PROGRESS_MILESTONES.map((key) => ({
            key,
            title: t(`progress.milestones.${key}`),
            width: 130,
            render: (_: unknown, g: ProgressGroup) => {
              const n = g.reached[key];
              const missing = g.total - n;
              return (
                <div data-testid={`progress-cell-${key}`}>
                  <Progress percent={pct(n, g.total)} size="small" format={() => `${n}`} />
                  {missing > 0 ? (
                    <Typography.Link type="danger" onClick={() => drill(g, key)} style={{ fontSize: 12 }}>
                      {t('progress.dashboard.lacking', { n: missing })}
                    </Typography.Link>
                  ) : null}
                </div>
              );
            },
          })),
          {
            key: 'complete',
            title: t('progress.dashboard.complete'),
            width: 110,
            render: (_: unknown, g: ProgressGroup) => (
              <Typography.Text strong>
                {g.complete}（{pct(g.complete, g.total)}%）
              </Typography.Text>
            ),
          },
        ]}
      />
    </>
  );
}

function MilestoneMark({ m }: { m: MilestoneStatus }) {
  const { t } = useTranslation('supervision');
  return m.done ? (
    <Tooltip
      title={m.date ? t('progress.list.reachedOn', { date: m.date }) : t(`progress.milestones.${m.key}`)}
    >
      <CheckCircleFilled style={{ color: '#52c41a' }} aria-label={t(`progress.milestones.${m.key}`)} />
    </Tooltip>
  ) : (
    <Tooltip title={lackText(t, m)}>
      <CloseCircleOutlined style={{ color: '#bfbfbf' }} aria-label={lackText(t, m)} />
    </Tooltip>
  );
}

/** What an enterprise lacks, milestone by milestone, with the dates of those reached. */
export function WhatLacks({ row }: { row: EnterpriseProgress }) {
  const { t } = useTranslation('supervision');
  const missing = row.milestones.filter((m) => !m.done);
  return (
    <Flex vertical gap={4} data-testid="progress-lacks">
      {missing.length === 0 ? (
        <Typography.Text type="success">{t('progress.list.nothingLacks')}</Typography.Text>
      ) : (
        missing.map((m) => (
          <Typography.Text key={m.key}>
            <Tag color="orange">{t(`progress.milestones.${m.key}`)}</Tag>
            {lackText(t, m)}
          </Typography.Text>
        ))
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {row.milestones
          .filter((m) => m.done)
          .map((m) => `${t(`progress.milestones.${m.key}`)}${m.date ? ` ${m.date}` : ''}`)
          .join('；')}
      </Typography.Text>
      <Link to={`/enterprises/${row.enterpriseId}`} data-testid="progress-open-enterprise">
        {t('progress.list.openEnterprise')}
      </Link>
    </Flex>
  );
}

function EnterpriseTable({
  filters,
  page,
  update,
}: {
  filters: ProgressFilters;
  page: number;
  update: Update;
}) {
  const { t } = useTranslation('supervision');
  const list = useProgressList(filters, page);
  const towns = useProgressDashboard({ month: filters.month }, 'township');
  const industries = useProgressDashboard({ month: filters.month }, 'industry');
  const departments = useProgressDashboard({ month: filters.month }, 'department');
  const options = (groups: ProgressGroup[] | undefined) =>
    (groups ?? []).filter((g) => g.key !== '').map((g) => ({ value: g.key, label: g.name }));
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ width: 190 }}
          placeholder={t('progress.list.allTownships')}
          value={filters.jurisdictionCode}
          options={options(towns.data?.groups)}
          onChange={(v?: string) => update({ jurisdictionCode: v })}
          data-testid="progress-filter-township"
        />
        <Select
          allowClear
          style={{ width: 170 }}
          placeholder={t('progress.list.allIndustries')}
          value={filters.industryCode}
          options={options(industries.data?.groups)}
          onChange={(v?: string) => update({ industryCode: v })}
          data-testid="progress-filter-industry"
        />
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t('progress.list.allDepartments')}
          value={filters.regulatorId}
          options={options(departments.data?.groups)}
          onChange={(v?: string) => update({ regulatorId: v })}
          data-testid="progress-filter-department"
        />
        <Select
          allowClear
          style={{ width: 210 }}
          placeholder={t('progress.list.lackingAny')}
          value={filters.lacking}
          options={PROGRESS_MILESTONES.map((k) => ({
            value: k,
            label: t('progress.list.lackingFilter', { name: t(`progress.milestones.${k}`) }),
          }))}
          onChange={(v?: string) => update({ lacking: v })}
          data-testid="progress-filter-lacking"
        />
        <Input.Search
          allowClear
          defaultValue={filters.q}
          placeholder={t('progress.list.search')}
          style={{ width: 220 }}
          onSearch={(q) => update({ q })}
        />
        <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
          {t('progress.list.count', { n: list.data?.total ?? 0 })}
        </Typography.Text>
      </Flex>
      {list.error ? <Alert type="error" title={errorMessage(t, list.error)} /> : null}
      <Table<EnterpriseProgress>
        rowKey="enterpriseId"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.data ?? []}
        scroll={{ x: 1300 }}
        data-testid="progress-enterprises"
        expandable={{ expandedRowRender: (row) => <WhatLacks row={row} /> }}
        pagination={{
          current: page,
          pageSize: 50,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: (p) => update({ page: String(p) }),
        }}
        columns={[
          {
            title: t('progress.list.enterprise'),
            dataIndex: 'enterpriseName',
            fixed: 'left',
            width: 220,
            render: (name: string, r) => (
              <Space size={4}>
                <Link to={`/enterprises/${r.enterpriseId}`}>{name}</Link>
                {r.status !== 'approved' ? <Tag color="gold">{t('progress.list.pending')}</Tag> : null}
              </Space>
            ),
          },
          {
            title: t('progress.list.township'),
            dataIndex: 'townshipName',
            width: 120,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('progress.list.industries'),
            dataIndex: 'industryNames',
            width: 140,
            render: (v: string[]) => v.join('、'),
          },
          {
            title: t('progress.list.departments'),
            dataIndex: 'departments',
            width: 150,
            render: (v: { name: string }[]) => v.map((d) => d.name).join('、') || '—',
          },
          ...PROGRESS_MILESTONES.map((key) => ({
            key,
            title: <Tooltip title={t(`progress.milestones.${key}`)}>{t(`progress.short.${key}`)}</Tooltip>,
            width: 70,
            align: 'center' as const,
            render: (_: unknown, r: EnterpriseProgress) => {
              const m = r.milestones.find((x) => x.key === key);
              return m ? <MilestoneMark m={m} /> : null;
            },
          })),
          {
            title: t('progress.list.reached'),
            dataIndex: 'reached',
            width: 110,
            render: (n: number) => (
              <Progress percent={Math.round((n / 7) * 100)} size="small" format={() => `${n}/7`} />
            ),
          },
        ]}
      />
    </>
  );
}
