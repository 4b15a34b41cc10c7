import { DownloadOutlined } from '@ant-design/icons';
import {
  accidentTypes1986,
  type RegionalRisk,
  type RegionalRiskChange,
  type RegionalRiskSort,
} from '@shuangkong/contracts';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Input,
  List,
  Row,
  Select,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDate, formatDateTime } from '../../../../shared/format/date.ts';
import {
  riskExportUrl,
  useRegionalRisks,
  useRiskChanges,
  useRiskSummary,
  type RiskPageFilters,
} from '../api/regional-api.ts';
import { riskDefaults, riskFiltersFromSearch, searchFrom } from '../api/url-filters.ts';
import { CountBars } from '../components/count-bars.tsx';
import { LevelTag } from '../components/level-tag.tsx';
import { useReferenceOptions } from '../components/reference.ts';
import '../../i18n.ts';

const accidentName = new Map(accidentTypes1986.map((a) => [a.code as string, a]));
const sorts: RegionalRiskSort[] = ['level', 'enterprise', 'township', 'assessedAt'];

/**
 * 区域安全风险数据库: every 重大 and 较大 risk unit of the enterprises in the regulator's remit, live
 * from their registers — filters in the URL, distributions that filter on click, what changed this
 * week, and the list as Excel.
 */
export function RegionalRisksPage() {
  const { t, i18n } = useTranslation('supervision');
  const [params, setParams] = useSearchParams();
  const filters = riskFiltersFromSearch(params);
  const apply = (next: Partial<RiskPageFilters>) =>
    setParams(searchFrom({ ...filters, page: 1, ...next }, riskDefaults));
  const list = useRegionalRisks(filters);
  const summary = useRiskSummary(filters);
  const changes = useRiskChanges(filters);
  const { industryOptions, townshipOptions, industryName } = useReferenceOptions(i18n.language);
  const zh = i18n.language.startsWith('zh');
  const accidentLabel = (code: string) => {
    const a = accidentName.get(code);
    return a ? (zh ? a.nameZh : a.nameEn) : code;
  };
  const s = summary.data;

  return (
    <PageContainer
      title={t('regional.risks.title')}
      extra={
        <Button
          icon={<DownloadOutlined />}
          href={riskExportUrl(filters)}
          download
          data-testid="regional-risks-export"
        >
          {t('regional.risks.export')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('regional.risks.subtitle')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap align="center" data-testid="regional-risks-filters">
          <Select
            allowClear
            placeholder={t('regional.risks.filters.level')}
            style={{ width: 130 }}
            value={filters.level}
            onChange={(level) => apply({ level })}
            options={(['major', 'significant'] as const).map((l) => ({
              value: l,
              label: t(`regional.levels.${l}`),
            }))}
            data-testid="filter-level"
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('regional.risks.filters.industry')}
            style={{ width: 180 }}
            value={filters.industry}
            onChange={(industry) => apply({ industry })}
            options={industryOptions}
            data-testid="filter-industry"
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('regional.risks.filters.township')}
            style={{ width: 160 }}
            value={filters.township}
            onChange={(township) => apply({ township })}
            options={townshipOptions}
            data-testid="filter-township"
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('regional.risks.filters.accidentType')}
            style={{ width: 160 }}
            value={filters.accidentType}
            onChange={(accidentType) => apply({ accidentType })}
            options={accidentTypes1986.map((a) => ({ value: a.code, label: zh ? a.nameZh : a.nameEn }))}
            data-testid="filter-accident-type"
          />
          <Input.Search
            allowClear
            key={filters.q ?? ''}
            defaultValue={filters.q}
            placeholder={t('regional.risks.filters.search')}
            style={{ width: 220 }}
            onSearch={(q) => apply({ q: q.trim() || undefined })}
            data-testid="filter-q"
          />
          <Select<RegionalRiskSort>
            style={{ width: 140 }}
            value={filters.sort}
            onChange={(sort) => apply({ sort })}
            options={sorts.map((v) => ({ value: v, label: t(`regional.risks.sort.${v}`) }))}
            data-testid="filter-sort"
          />
          <Button onClick={() => setParams(new URLSearchParams())}>
            {t('regional.risks.filters.reset')}
          </Button>
        </Flex>
      </Card>

      <Row gutter={12}>
        <Col xs={24} xl={16}>
          <Row gutter={12} style={{ marginBottom: 12 }}>
            {(
              [
                ['total', s?.total],
                ['enterprises', s?.enterprises],
              ] as const
            ).map(([key, value]) => (
              <Col span={6} key={key}>
                <Card size="small">
                  <Statistic title={t(`regional.risks.summary.${key}`)} value={value ?? '—'} />
                </Card>
              </Col>
            ))}
            {(['major', 'significant'] as const).map((level) => (
              <Col span={6} key={level}>
                <Card
                  size="small"
                  hoverable
                  onClick={() => apply({ level })}
                  data-testid={`summary-${level}`}
                >
                  <Statistic
                    title={t(`regional.levels.${level}`)}
                    value={s?.byLevel[level] ?? '—'}
                    styles={{ content: { color: level === 'major' ? '#cf1322' : '#d46b08' } }}
                  />
                </Card>
              </Col>
            ))}
          </Row>
          <Row gutter={12} style={{ marginBottom: 12 }}>
            <Col xs={24} md={8}>
              <Card size="small" title={t('regional.risks.summary.byIndustry')}>
                <CountBars
                  items={(s?.byIndustry ?? []).map((i) => ({ ...i, name: industryName(i.key) }))}
                  empty={t('regional.risks.summary.none')}
                  onPick={(industry) => apply({ industry })}
                  testId="summary-industry"
                />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card size="small" title={t('regional.risks.summary.byTownship')}>
                <CountBars
                  items={s?.byTownship ?? []}
                  empty={t('regional.risks.summary.none')}
                  onPick={(township) => (township ? apply({ township }) : undefined)}
                  testId="summary-township"
                />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card size="small" title={t('regional.risks.summary.byAccidentType')}>
                <CountBars
                  items={(s?.byAccidentType ?? []).map((a) => ({ ...a, name: accidentLabel(a.key) }))}
                  empty={t('regional.risks.summary.none')}
                  onPick={(code) => apply({ accidentType: code as RiskPageFilters['accidentType'] })}
                  testId="summary-accident"
                />
              </Card>
            </Col>
          </Row>
        </Col>
        <Col xs={24} xl={8}>
          <ChangesCard data={changes.data} loading={changes.isLoading} />
        </Col>
      </Row>

      {list.error ? (
        <Alert type="error" title={errorMessage(t, list.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <Card size="small">
        <Table<RegionalRisk>
          rowKey="unitId"
          size="small"
          loading={list.isFetching}
          dataSource={list.data?.data ?? []}
          scroll={{ x: 1200 }}
          locale={{ emptyText: t('regional.risks.empty') }}
          data-testid="regional-risks-list"
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: list.data?.page.total ?? 0,
            showSizeChanger: true,
            showTotal: (count) => t('regional.risks.total', { count }),
            onChange: (page, pageSize) => setParams(searchFrom({ ...filters, page, pageSize }, riskDefaults)),
          }}
          columns={[
            {
              title: t('regional.risks.columns.enterprise'),
              dataIndex: 'enterpriseName',
              width: 220,
              render: (name: string, r) => (
                <Link to={`/enterprises/${r.enterpriseId}`} data-testid="regional-risk-enterprise">
                  {name}
                </Link>
              ),
            },
            {
              title: t('regional.risks.columns.township'),
              dataIndex: 'townshipName',
              width: 110,
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('regional.risks.columns.industry'),
              dataIndex: 'industryCodes',
              width: 150,
              render: (codes: string[]) => codes.map(industryName).join('、'),
            },
            { title: t('regional.risks.columns.object'), dataIndex: 'objectName', width: 150 },
            {
              title: t('regional.risks.columns.unit'),
              dataIndex: 'unitName',
              render: (name: string, r) => (
                <span>
                  <Typography.Text type="secondary">{r.unitCode}</Typography.Text> {name}
                </span>
              ),
            },
            {
              title: t('regional.risks.columns.level'),
              dataIndex: 'level',
              width: 100,
              render: (level: RegionalRisk['level']) => <LevelTag level={level} />,
            },
            {
              title: t('regional.risks.columns.accidentTypes'),
              dataIndex: 'accidentTypes',
              width: 200,
              render: (codes: string[]) => codes.map(accidentLabel).join('、') || '—',
            },
            {
              title: t('regional.risks.columns.control'),
              dataIndex: 'outOfControl',
              width: 90,
              render: (out: boolean) =>
                out ? (
                  <Tag color="red">{t('regional.risks.outOfControl')}</Tag>
                ) : (
                  t('regional.risks.inControl')
                ),
            },
            {
              title: t('regional.risks.columns.assessedAt'),
              dataIndex: 'lastAssessedAt',
              width: 150,
              render: (at: string | null) => (at ? formatDateTime(at) : '—'),
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}

function ChangesCard({
  data,
  loading,
}: {
  data:
    | { since: string; counts: Record<RegionalRiskChange['kind'], number>; data: RegionalRiskChange[] }
    | undefined;
  loading: boolean;
}) {
  const { t } = useTranslation('supervision');
  const kinds = ['newlyGraded', 'raised', 'lowered'] as const;
  const colors = { newlyGraded: 'red', raised: 'volcano', lowered: 'green' } as const;
  const level = (l: RegionalRiskChange['fromLevel']) =>
    l ? t(`regional.levelsShort.${l}`) : t('regional.levels.unassessed');
  return (
    <Card
      size="small"
      title={t('regional.risks.changes.title')}
      extra={
        data ? (
          <Typography.Text type="secondary">
            {t('regional.risks.changes.since', { date: formatDate(data.since) })}
          </Typography.Text>
        ) : null
      }
      style={{ marginBottom: 12 }}
      data-testid="regional-risk-changes"
    >
      <Flex gap={16} style={{ marginBottom: 8 }}>
        {kinds.map((k) => (
          <Statistic key={k} title={t(`regional.risks.changes.${k}`)} value={data?.counts[k] ?? '—'} />
        ))}
      </Flex>
      <List
        size="small"
        loading={loading}
        dataSource={data?.data.slice(0, 8) ?? []}
        locale={{ emptyText: t('regional.risks.changes.empty') }}
        renderItem={(c) => (
          <List.Item>
            <Flex vertical style={{ width: '100%' }}>
              <span>
                <Tag color={colors[c.kind]}>{t(`regional.risks.changes.${c.kind}`)}</Tag>
                <Link to={`/enterprises/${c.enterpriseId}`}>{c.enterpriseName}</Link> · {c.unitName}
              </span>
              <Typography.Text type="secondary">
                {t('regional.risks.changes.line', { from: level(c.fromLevel), to: level(c.toLevel) })} ·{' '}
                {t(`regional.risks.changes.causes.${c.cause}`, { defaultValue: c.cause })} ·{' '}
                {formatDateTime(c.at)}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
