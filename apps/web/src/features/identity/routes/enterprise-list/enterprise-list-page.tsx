import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorResult } from '../../../../shared/components/error-result.tsx';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useEnterprises, type EnterpriseFilters, type EnterpriseListItem } from '../../api/enterprise-api.ts';
import { useIndustries } from '../../api/reference-api.ts';
import { EnterpriseStatusTag, HighRiskTag } from '../../components/enterprise-tags.tsx';
import { industryNames } from '../../components/reference-labels.ts';
import { ReviewModal } from '../../components/review-modal.tsx';
import { filtersFromSearch, searchFromFilters } from './list-filters.ts';
import { RegistryFilterForm } from './registry-filter-form.tsx';
import styles from './enterprise-list.module.css';

/** 企业名录: regulators' registry, filtered by jurisdiction, industry, size and status. */
export function EnterpriseListPage() {
  const { t, i18n } = useTranslation('enterprise');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromSearch(params);
  const { data, isLoading, error, refetch } = useEnterprises(filters);
  const pending = useEnterprises({ status: 'pending', page: 1, pageSize: 1 });
  const { data: industries } = useIndustries();
  const [reviewing, setReviewing] = useState<EnterpriseListItem | null>(null);
  const apply = (next: EnterpriseFilters) => setParams(searchFromFilters(next));
  const pendingTotal = pending.data?.page.total ?? 0;

  const columns: TableProps<EnterpriseListItem>['columns'] = [
    {
      title: t('fields.name'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <Space size={4} wrap>
          <Link to={`/enterprises/${row.id}`}>{name}</Link>
          {row.isHighRisk ? <HighRiskTag /> : null}
          {row.hasMajorHazardSource ? (
            <Tag color="red" data-testid="registry-major-hazard-tag">
              {t('facts.majorHazardTag')}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    { title: t('fields.creditCode'), dataIndex: 'creditCode', width: 190 },
    { title: t('fields.jurisdiction'), dataIndex: 'jurisdictionName', width: 140 },
    {
      title: t('fields.industries'),
      dataIndex: 'industryCodes',
      render: (codes: string[]) => industryNames(codes, industries, i18n.language).join('、'),
    },
    {
      title: t('fields.scale'),
      dataIndex: 'scale',
      width: 80,
      render: (scale: EnterpriseListItem['scale']) => t(`scale.${scale}`),
    },
    {
      title: t('fields.status'),
      dataIndex: 'status',
      width: 100,
      render: (status: EnterpriseListItem['status']) => <EnterpriseStatusTag status={status} />,
    },
    {
      title: t('common:operation'),
      key: 'actions',
      width: 120,
      render: (_, row) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            onClick={(e) => (e.stopPropagation(), navigate(`/enterprises/${row.id}`))}
          >
            {t('common:actions.view')}
          </Button>
          {row.status === 'pending' ? (
            <Button
              type="link"
              size="small"
              data-testid={`review-${row.creditCode}`}
              onClick={(e) => {
                e.stopPropagation();
                setReviewing(row);
              }}
            >
              {t('list.review')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('list.title')}
      extra={
        data?.abilities.canRegister ? (
          <Link to="/enterprises/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="enterprise-register">
              {t('list.register')}
            </Button>
          </Link>
        ) : null
      }
    >
      {pendingTotal > 0 && filters.status !== 'pending' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('list.pendingCount', { count: pendingTotal })}
          action={
            <Button
              size="small"
              onClick={() => apply({ ...filters, status: 'pending', page: 1 })}
              data-testid="show-pending"
            >
              {t('list.showPending')}
            </Button>
          }
        />
      ) : null}
      <Card style={{ marginBottom: 12 }}>
        <RegistryFilterForm filters={filters} onApply={apply} />
      </Card>
      <Card>
        {error ? (
          <ErrorResult error={error} onRetry={() => void refetch()} />
        ) : (
          <Flex vertical>
            <Table<EnterpriseListItem>
              rowKey="id"
              size="middle"
              loading={isLoading}
              columns={columns}
              dataSource={data?.data ?? []}
              scroll={{ x: 960 }}
              rowClassName={(row) => (row.status === 'pending' ? (styles.pendingRow ?? '') : '')}
              onRow={(row) => ({
                onClick: () => navigate(`/enterprises/${row.id}`),
                style: { cursor: 'pointer' },
                ...{ 'data-testid': `enterprise-row-${row.creditCode}` },
              })}
              pagination={{
                current: filters.page,
                pageSize: filters.pageSize,
                total: data?.page.total ?? 0,
                showSizeChanger: true,
                showTotal: (total) => t('common:total', { total }),
                onChange: (page, pageSize) => apply({ ...filters, page, pageSize }),
              }}
            />
          </Flex>
        )}
      </Card>
      {reviewing ? (
        <ReviewModal
          open
          enterpriseId={reviewing.id}
          enterpriseName={reviewing.name}
          onClose={() => setReviewing(null)}
        />
      ) : null}
    </PageContainer>
  );
}
