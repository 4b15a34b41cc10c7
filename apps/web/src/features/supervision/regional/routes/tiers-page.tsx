import { SettingOutlined } from '@ant-design/icons';
import {
  riskLevel,
  supervisionTiers,
  type EnterpriseTier,
  type SupervisionFacts,
} from '@shuangkong/contracts';
import { Alert, Button, Card, Checkbox, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useTierTable, useTiers, type TierFilters } from '../api/regional-api.ts';
import { searchFrom, tierDefaults, tierFiltersFromSearch } from '../api/url-filters.ts';
import { LevelTag, TierTag } from '../components/level-tag.tsx';
import { useReferenceOptions } from '../components/reference.ts';
import { TierTableDialog } from '../components/tier-table-dialog.tsx';
import '../../i18n.ts';

/** The supervision facts an enterprise carries, as short tags (nothing when none). */
export function FactTags({ facts }: { facts: SupervisionFacts }) {
  const { t } = useTranslation('supervision');
  const tags: string[] = [];
  if (facts.listedMajorHazard === 'provincial') tags.push(t('regional.tierPage.facts.listedProvincial'));
  if (facts.listedMajorHazard === 'local') tags.push(t('regional.tierPage.facts.listedLocal'));
  if (facts.openMajorHazards > 0)
    tags.push(t('regional.tierPage.facts.openMajorHazards', { count: facts.openMajorHazards }));
  if (facts.penaltiesWithinYear > 0)
    tags.push(t('regional.tierPage.facts.penalties', { count: facts.penaltiesWithinYear }));
  if (facts.illegalActivityWithinYear) tags.push(t('regional.tierPage.facts.illegal'));
  if (tags.length === 0) return <>{t('regional.tierPage.facts.none')}</>;
  return (
    <Space size={[0, 4]} wrap>
      {tags.map((text) => (
        <Tag key={text} color="volcano">
          {text}
        </Tag>
      ))}
    </Space>
  );
}

/**
 * 分级监管: each enterprise of the remit with its register level, the level after supervision facts,
 * its tier and planned inspections a year; totals per tier; the regulator's tier table.
 */
export function TiersPage() {
  const { t, i18n } = useTranslation('supervision');
  const [params, setParams] = useSearchParams();
  const filters = tierFiltersFromSearch(params);
  const apply = (next: Partial<TierFilters>) =>
    setParams(searchFrom({ ...filters, page: 1, ...next }, tierDefaults));
  const list = useTiers(filters);
  const table = useTierTable();
  const [settings, setSettings] = useState(false);
  const { industryOptions, townshipOptions, industryName } = useReferenceOptions(i18n.language);

  return (
    <PageContainer
      title={t('regional.tierPage.title')}
      extra={
        table.data ? (
          <Button icon={<SettingOutlined />} onClick={() => setSettings(true)} data-testid="tier-table-open">
            {t('regional.tierPage.settings')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t('regional.tierPage.subtitle')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap align="center">
          <Select
            allowClear
            placeholder={t('regional.tierPage.filters.level')}
            style={{ width: 140 }}
            value={filters.level}
            onChange={(level) => apply({ level })}
            options={riskLevel.options.map((l) => ({ value: l, label: t(`regional.levels.${l}`) }))}
            data-testid="tier-filter-level"
          />
          <Select
            allowClear
            placeholder={t('regional.tierPage.filters.tier')}
            style={{ width: 140 }}
            value={filters.tier}
            onChange={(tier) => apply({ tier })}
            options={supervisionTiers.map((tier) => ({ value: tier, label: t(`regional.tiers.${tier}`) }))}
            data-testid="tier-filter-tier"
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
          />
          <Input.Search
            allowClear
            key={filters.q ?? ''}
            defaultValue={filters.q}
            placeholder={t('regional.risks.filters.search')}
            style={{ width: 220 }}
            onSearch={(q) => apply({ q: q.trim() || undefined })}
            data-testid="tier-filter-q"
          />
          <Checkbox
            checked={filters.adjusted === 'true'}
            onChange={(e) => apply({ adjusted: e.target.checked ? 'true' : undefined })}
          >
            {t('regional.tierPage.filters.adjusted')}
          </Checkbox>
          <Button onClick={() => setParams(new URLSearchParams())}>
            {t('regional.risks.filters.reset')}
          </Button>
        </Flex>
      </Card>
      <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="tier-totals">
        {(list.data?.totals ?? []).map((x) => (
          <Tag
            key={x.tier}
            style={{ padding: '4px 8px', cursor: 'pointer' }}
            onClick={() => apply({ tier: x.tier })}
          >
            {t('regional.tierPage.totals', {
              tier: t(`regional.tiers.${x.tier}`),
              enterprises: x.enterprises,
              inspections: x.inspections,
            })}
          </Tag>
        ))}
      </Flex>
      {list.error ? (
        <Alert type="error" title={errorMessage(t, list.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <Card size="small">
        <Table<EnterpriseTier>
          rowKey="enterpriseId"
          size="small"
          loading={list.isFetching}
          dataSource={list.data?.data ?? []}
          scroll={{ x: 1100 }}
          locale={{ emptyText: t('regional.tierPage.empty') }}
          data-testid="tier-list"
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: list.data?.page.total ?? 0,
            showSizeChanger: true,
            onChange: (page, pageSize) => setParams(searchFrom({ ...filters, page, pageSize }, tierDefaults)),
          }}
          columns={[
            {
              title: t('regional.tierPage.columns.enterprise'),
              dataIndex: 'enterpriseName',
              render: (name: string, r) => (
                <Space size={4}>
                  <Link to={`/enterprises/${r.enterpriseId}`} data-testid="tier-enterprise">
                    {name}
                  </Link>
                  {r.isHighRisk ? <Tag>{t('regional.tierPage.highRisk')}</Tag> : null}
                </Space>
              ),
            },
            {
              title: t('regional.tierPage.columns.township'),
              dataIndex: 'townshipName',
              width: 110,
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('regional.tierPage.columns.industry'),
              dataIndex: 'industryCodes',
              width: 160,
              render: (codes: string[]) => codes.map(industryName).join('、'),
            },
            {
              title: t('regional.tierPage.columns.registerLevel'),
              dataIndex: 'registerLevel',
              width: 110,
              render: (level: EnterpriseTier['registerLevel']) => <LevelTag level={level} />,
            },
            {
              title: t('regional.tierPage.columns.facts'),
              dataIndex: 'facts',
              width: 200,
              render: (facts: SupervisionFacts) => <FactTags facts={facts} />,
            },
            {
              title: t('regional.tierPage.columns.adjustedLevel'),
              dataIndex: 'adjustedLevel',
              width: 110,
              render: (level: EnterpriseTier['adjustedLevel']) => <LevelTag level={level} />,
            },
            {
              title: t('regional.tierPage.columns.tier'),
              dataIndex: 'tier',
              width: 110,
              render: (tier: EnterpriseTier['tier']) => <TierTag tier={tier} />,
            },
            {
              title: t('regional.tierPage.columns.inspections'),
              dataIndex: 'inspectionsPerYear',
              width: 130,
              align: 'right',
            },
          ]}
        />
      </Card>
      {table.data ? (
        <TierTableDialog open={settings} table={table.data} onClose={() => setSettings(false)} />
      ) : null}
    </PageContainer>
  );
}
