import { majorHazardCriteria, type RegionalMajorHazard } from '@shuangkong/contracts';
import { Alert, Flex, Input, Segmented, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { useSlotFills } from '../../../../shared/feature/slots.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useRegionalMajorHazards } from '../../api/hazard-api.ts';
import { regulatorHazardPath } from '../../api/hazard-paths.ts';
import { standardShortName } from '../../components/hazard-model.ts';
import { deadlineColumn, stateColumn } from '../../components/hazard-columns.tsx';
import { regionalMajorHazardActions } from '../../slots.ts';
import '../../i18n.ts';

const criteria = new Map(majorHazardCriteria.map((c) => [c.key, c]));

/**
 * 重大事故隐患 in the regulator's remit: every enterprise's major hazards from the moment it
 * confirms one, open ones first by deadline, whether the principal has signed the treatment plan,
 * and which were found by the enterprise itself rather than by an inspection or a tip.
 */
export function RegionalMajorHazardsPage() {
  const { t } = useTranslation('hazard');
  const [scope, setScope] = useState<'open' | 'all'>('open');
  const [q, setQ] = useState('');
  const list = useRegionalMajorHazards(scope, q);
  const rows = list.data?.data ?? [];
  const session = useSession();
  // Downstream features' row actions (supervision's 挂牌督办), shown only to users who may use one.
  const actions = useSlotFills(regionalMajorHazardActions).filter((a) => a.visible(session));
  return (
    <PageContainer title={t('regional.title')}>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Segmented<'open' | 'all'>
          value={scope}
          onChange={setScope}
          options={[
            { value: 'open', label: t('regional.open') },
            { value: 'all', label: t('regional.all') },
          ]}
          data-testid="regional-major-scope"
        />
        <Input.Search
          allowClear
          placeholder={t('regional.search')}
          style={{ maxWidth: 320 }}
          onSearch={setQ}
          data-testid="regional-major-search"
        />
        <Typography.Text type="secondary">{t('regional.count', { n: rows.length })}</Typography.Text>
      </Flex>
      {list.error ? (
        <Alert type="error" title={errorMessage(t, list.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <Table<RegionalMajorHazard>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('regional.empty') }}
        scroll={{ x: 1100 }}
        data-testid="regional-major-list"
        columns={[
          {
            title: t('regional.enterprise'),
            dataIndex: 'enterpriseName',
            width: 200,
            render: (name: string, h) => <Link to={`/enterprises/${h.enterpriseId}`}>{name}</Link>,
          },
          {
            title: t('fields.name'),
            dataIndex: 'name',
            render: (name: string, h) => (
              <Link to={regulatorHazardPath(h.enterpriseId, h.id)} data-testid="regional-major-link">
                {name}
              </Link>
            ),
          },
          {
            title: t('fields.unit'),
            dataIndex: 'unitName',
            width: 130,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('fields.majorCriterion'),
            dataIndex: 'majorCriterionKey',
            width: 150,
            render: (key: string | null) => {
              const c = key ? criteria.get(key) : undefined;
              return c ? (
                <Tooltip title={`${c.standard}：${c.text}`}>
                  <Typography.Text>
                    {t('regional.criterionItem', { standard: standardShortName(c.standard), item: c.item })}
                  </Typography.Text>
                </Tooltip>
              ) : (
                '—'
              );
            },
          },
          stateColumn<RegionalMajorHazard>(t, 150),
          {
            title: t('regional.plan'),
            dataIndex: 'planApproved',
            width: 100,
            render: (approved: boolean) =>
              approved ? (
                <Tag color="green">{t('regional.planApproved')}</Tag>
              ) : (
                <Tag>{t('regional.planPending')}</Tag>
              ),
          },
          deadlineColumn<RegionalMajorHazard>(t, 110),
          {
            title: t('fields.foundBy'),
            dataIndex: 'foundBy',
            width: 100,
            render: (by: RegionalMajorHazard['foundBy']) => t(`foundBy.${by}`),
          },
          {
            title: t('fields.registeredAt'),
            dataIndex: 'registeredAt',
            width: 150,
            render: (at: string) => formatDateTime(at),
          },
          ...(actions.length > 0
            ? [
                {
                  title: t('regional.actions'),
                  key: 'actions',
                  // Not fixed to the right: a sticky column would cover the hazards' links on narrow screens.
                  width: 120,
                  render: (_: unknown, h: RegionalMajorHazard) => (
                    <Space size={4}>
                      {actions.map((a) => (
                        <a.component key={a.key} hazard={h} />
                      ))}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </PageContainer>
  );
}
