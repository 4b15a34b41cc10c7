import type { PublicRiskListQuery, PublicRiskSummary, RiskLevel } from '@shuangkong/contracts';
import { Alert, Button, Flex, Input, Segmented, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { hasPermission, useSession } from '../../../../shared/session/session.ts';
import { usePublicRisks } from '../api/map-api.ts';
import { MapLevelTag } from '../components/level-tag.tsx';
import { PublicRiskFormDrawer } from '../components/public-risk-form.tsx';
import '../../i18n.ts';

type Status = NonNullable<PublicRiskListQuery['status']>;

/** 公共区域风险: the list, most severe first, with the form to identify a new one. */
export function PublicRiskListPage() {
  const { t } = useTranslation('supervision');
  const navigate = useNavigate();
  const session = useSession();
  const [status, setStatus] = useState<Status>('active');
  const [level, setLevel] = useState<RiskLevel | undefined>(undefined);
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const list = usePublicRisks({ status, ...(level ? { level } : {}), ...(q ? { q } : {}) });
  const rows = list.data?.data ?? [];
  const mayAct = hasPermission(session, 'supervision.act');
  return (
    <PageContainer
      title={t('map.publicRisks.title')}
      subTitle={t('map.publicRisks.subtitle')}
      extra={
        mayAct ? (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="public-risk-add">
            {t('map.publicRisks.add')}
          </Button>
        ) : null
      }
    >
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Segmented<Status>
          value={status}
          onChange={setStatus}
          options={[
            { value: 'active', label: t('map.publicRisks.statusActive') },
            { value: 'retired', label: t('map.publicRisks.statusRetired') },
            { value: 'all', label: t('map.publicRisks.statusAll') },
          ]}
        />
        <Select<RiskLevel>
          allowClear
          style={{ width: 140 }}
          placeholder={t('map.publicRisks.columns.level')}
          value={level}
          onChange={(v) => setLevel(v)}
          options={(['major', 'significant', 'general', 'low'] as const).map((l) => ({
            value: l,
            label: t(`map.levels.${l}`),
          }))}
        />
        <Input.Search
          allowClear
          placeholder={t('map.publicRisks.search')}
          style={{ maxWidth: 280 }}
          onSearch={setQ}
        />
        <Typography.Text type="secondary">{t('map.publicRisks.count', { n: rows.length })}</Typography.Text>
      </Flex>
      {list.error ? (
        <Alert type="error" title={errorMessage(t, list.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <Table<PublicRiskSummary>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('map.publicRisks.empty') }}
        scroll={{ x: 1100 }}
        data-testid="public-risk-list"
        columns={[
          {
            title: t('map.publicRisks.columns.name'),
            dataIndex: 'name',
            render: (name: string, r) => (
              <Link to={`/supervision/public-risks/${r.id}`} data-testid="public-risk-link">
                {name}
              </Link>
            ),
          },
          {
            title: t('map.publicRisks.columns.category'),
            dataIndex: 'category',
            width: 130,
            render: (c: PublicRiskSummary['category']) => t(`map.publicRisks.categories.${c}`),
          },
          {
            title: t('map.publicRisks.columns.level'),
            dataIndex: 'level',
            width: 110,
            render: (l: RiskLevel) => <MapLevelTag level={l} />,
          },
          {
            title: t('map.publicRisks.columns.method'),
            dataIndex: 'method',
            width: 110,
            render: (m: string) => t(`map.publicRisks.methods.${m}`, { defaultValue: m }),
          },
          { title: t('map.publicRisks.columns.township'), dataIndex: 'jurisdictionName', width: 130 },
          { title: t('map.publicRisks.columns.owner'), dataIndex: 'ownerName', width: 200 },
          { title: t('map.publicRisks.columns.responsibleUnit'), dataIndex: 'responsibleUnit', width: 200 },
          {
            title: t('map.publicRisks.columns.status'),
            dataIndex: 'status',
            width: 90,
            render: (s: PublicRiskSummary['status']) =>
              s === 'active' ? (
                <Tag color="processing">{t('map.publicRisks.statusActive')}</Tag>
              ) : (
                <Tag>{t('map.publicRisks.statusRetired')}</Tag>
              ),
          },
          {
            title: t('map.publicRisks.columns.updatedAt'),
            dataIndex: 'updatedAt',
            width: 150,
            render: (at: string) => formatDateTime(at),
          },
        ]}
      />
      <PublicRiskFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(saved) => void navigate(`/supervision/public-risks/${saved.id}`)}
      />
    </PageContainer>
  );
}
