import type { PublicCloseOut, PublicInspectionResult, PublicListedHazard } from '@shuangkong/contracts';
import { Alert, Empty, Flex, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UseQueryResult } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Envelope } from '../../../../shared/api/envelope.ts';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PublicLayout } from '../../../../shared/components/public-layout.tsx';
import { LevelTag } from '../../regional/components/level-tag.tsx';
import { useDisclosure, type DisclosureList } from '../api/disclosure-api.ts';
import '../../i18n.ts';

const lists: DisclosureList[] = ['closeOuts', 'listedHazards', 'inspectionResults', 'blacklist'];
const day = (iso: string) => dayjs(iso).format('YYYY-MM-DD');

function useDisclosureT() {
  const { t } = useTranslation('supervision');
  return (key: string, options?: Record<string, unknown>) => t(`disclosure.${key}`, options);
}

/** One list's table: loading, the error in the reader's language, or an empty note. */
function ListTable<T extends object>({
  list,
  rows,
  columns,
  rowKey,
  expand,
}: {
  list: DisclosureList;
  rows: UseQueryResult<Envelope<T[]>>;
  columns: ColumnsType<T>;
  rowKey: (row: T) => string;
  expand?: (row: T) => ReactNode;
}) {
  const t = useDisclosureT();
  const { t: tc } = useTranslation();
  if (rows.error) return <Alert type="error" title={errorMessage(tc, rows.error)} />;
  return (
    <Table<T>
      data-testid={`disclosure-${list}`}
      size="small"
      loading={rows.isLoading}
      rowKey={rowKey}
      dataSource={rows.data?.data ?? []}
      columns={columns}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: <Empty description={t('empty')} /> }}
      expandable={
        expand ? { expandedRowRender: expand, rowExpandable: (row) => expand(row) !== null } : undefined
      }
      scroll={{ x: 'max-content' }}
    />
  );
}

function CloseOuts() {
  const t = useDisclosureT();
  return (
    <ListTable<PublicCloseOut>
      list="closeOuts"
      rows={useDisclosure('closeOuts')}
      rowKey={(r) => `${r.docNumber}/${r.unitName}`}
      columns={[
        { title: t('fields.enterprise'), dataIndex: 'enterpriseName' },
        { title: t('fields.unit'), dataIndex: 'unitName' },
        { title: t('fields.gradedLevel'), dataIndex: 'gradedLevel', render: (v) => <LevelTag level={v} /> },
        { title: t('fields.docNumber'), dataIndex: 'docNumber' },
        { title: t('fields.regulator'), dataIndex: 'regulatorName' },
        { title: t('fields.closedOn'), dataIndex: 'closedOn', render: day },
      ]}
    />
  );
}

function ListedHazards() {
  const t = useDisclosureT();
  return (
    <ListTable<PublicListedHazard>
      list="listedHazards"
      rows={useDisclosure('listedHazards')}
      rowKey={(r) => r.id}
      expand={(r) =>
        r.delistingNotice || r.exposureNotice ? (
          <Space direction="vertical">
            {r.delistingNotice ? <Typography.Text>{r.delistingNotice}</Typography.Text> : null}
            {r.exposureNotice ? (
              <Typography.Text type="danger">
                {t('exposure')}：{r.exposureNotice}
              </Typography.Text>
            ) : null}
          </Space>
        ) : null
      }
      columns={[
        { title: t('fields.enterprise'), dataIndex: 'enterpriseName' },
        { title: t('fields.hazard'), dataIndex: 'hazardName' },
        { title: t('fields.authority'), dataIndex: 'authorityName' },
        { title: t('fields.documentNo'), dataIndex: 'documentNo' },
        { title: t('fields.listedOn'), dataIndex: 'listedOn' },
        { title: t('fields.deadline'), dataIndex: 'deadline' },
        {
          title: t('fields.state'),
          dataIndex: 'state',
          render: (_, r) => (
            <span data-testid="disclosure-listing-state">
              <Tag color={r.state === 'delisted' ? 'green' : 'red'}>{t(`states.${r.state}`)}</Tag>
              {r.delistedOn ? t('delistedOn', { date: r.delistedOn }) : null}
            </span>
          ),
        },
      ]}
    />
  );
}

function InspectionResults() {
  const t = useDisclosureT();
  const { t: ts } = useTranslation('supervision');
  return (
    <>
      <Typography.Paragraph type="secondary">{t('drawHint')}</Typography.Paragraph>
      <ListTable<PublicInspectionResult>
        list="inspectionResults"
        rows={useDisclosure('inspectionResults')}
        rowKey={(r) => r.id}
        columns={[
          { title: t('fields.enterprise'), dataIndex: 'enterpriseName' },
          { title: t('fields.regulator'), dataIndex: 'regulatorName' },
          { title: t('fields.kind'), dataIndex: 'kind', render: (v) => ts(`enforcement.kind.${v}`) },
          { title: t('fields.inspectedOn'), dataIndex: 'inspectedOn' },
          { title: t('fields.summary'), dataIndex: 'summary', width: 360 },
          {
            title: t('fields.findings'),
            dataIndex: 'findingCount',
            render: (n: number) => t('findingCount', { count: n }),
          },
          {
            title: t('fields.penalties'),
            render: (_, r) =>
              r.penalties.length === 0
                ? t('noPenalty')
                : r.penalties.map((p) => (
                    <div key={p.decisionNo}>
                      {ts(`enforcement.penaltyKind.${p.kind}`)}（{p.decisionNo}）
                    </div>
                  )),
          },
          {
            title: t('fields.draw'),
            render: (_, r) =>
              r.drawSeed ? (
                <Typography.Text code data-testid="disclosure-draw-seed">
                  {t('seed', { seed: r.drawSeed })}
                  {r.drawDigest ? ` · ${t('digest', { digest: r.drawDigest.slice(0, 12) })}` : ''}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </>
  );
}

function Blacklist() {
  const t = useDisclosureT();
  const { t: tc } = useTranslation();
  const rows = useDisclosure('blacklist');
  if (rows.error) return <Alert type="error" title={errorMessage(tc, rows.error)} />;
  const publications = rows.data?.data ?? [];
  if (!rows.isLoading && publications.length === 0) return <Empty description={t('empty')} />;
  return (
    <Flex vertical gap={16} data-testid="disclosure-blacklist">
      {publications.map((p) => (
        <section key={p.id}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('quarter', { regulator: p.regulatorName, year: p.year, quarter: p.quarter })}
            <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginLeft: 12 }}>
              {t('publishedAt', { date: day(p.publishedAt) })}
            </Typography.Text>
          </Typography.Title>
          <Table
            size="small"
            rowKey={(e) => `${e.creditCode}/${e.decisionNo}`}
            dataSource={p.entries}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('fields.enterprise'), dataIndex: 'enterpriseName' },
              { title: t('fields.creditCode'), dataIndex: 'creditCode' },
              { title: t('fields.reason'), dataIndex: 'reason', width: 280 },
              { title: t('fields.legalBasis'), dataIndex: 'legalBasis', width: 280 },
              { title: t('fields.decisionNo'), dataIndex: 'decisionNo' },
              { title: t('fields.decidedOn'), dataIndex: 'decidedOn' },
            ]}
          />
        </section>
      ))}
    </Flex>
  );
}

const panes: Record<DisclosureList, () => ReactNode> = {
  closeOuts: CloseOuts,
  listedHazards: ListedHazards,
  inspectionResults: InspectionResults,
  blacklist: Blacklist,
};

/** /disclosures: 信息公示, open to anyone without signing in; the tab is in the URL to share. */
export function DisclosurePage() {
  const t = useDisclosureT();
  const [search, setSearch] = useSearchParams();
  const asked = search.get('tab') as DisclosureList | null;
  const tab = asked && lists.includes(asked) ? asked : 'closeOuts';
  return (
    <PublicLayout width={1200}>
      <section style={{ background: '#fff', borderRadius: 8, padding: 24 }} data-testid="disclosure-page">
        <Flex justify="space-between" align="baseline" wrap gap={12}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          <Link to="/login">{t('toLogin')}</Link>
        </Flex>
        <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearch({ tab: key }, { replace: true })}
          destroyOnHidden
          items={lists.map((list) => {
            const Pane = panes[list];
            return {
              key: list,
              label: <span data-testid={`disclosure-tab-${list}`}>{t(`tabs.${list}`)}</span>,
              children: <Pane />,
            };
          })}
        />
      </section>
    </PublicLayout>
  );
}
