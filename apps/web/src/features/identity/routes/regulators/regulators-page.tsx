import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Input, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../../shared/components/error-result.tsx';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useIndustries } from '../../api/reference-api.ts';
import { ALL_INDUSTRIES, useRegulators, type Regulator } from '../../api/regulator-api.ts';
import { industryNames } from '../../components/reference-labels.ts';
import { regulatorKindLabel } from '../../components/regulator-kind.ts';
import { groupRemits } from '../../components/remits.ts';
import { CreateRegulatorModal, EditRegulatorModal, RemitDrawer } from './regulator-dialogs.tsx';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; regulator: Regulator }
  | { kind: 'remits'; regulator: Regulator }
  | null;

/** 监管部门 with their 监管职责 (jurisdiction × industry). */
export function RegulatorsPage() {
  const { t, i18n } = useTranslation('admin');
  const { data, isLoading, error, refetch } = useRegulators();
  const { data: industries } = useIndustries();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [search, setSearch] = useState('');
  const rows = (data?.data ?? []).filter(
    (r) => !search || r.name.includes(search) || r.jurisdictionName.includes(search),
  );

  const remitSummary = (regulator: Regulator) =>
    groupRemits(regulator.remits).map((group) => {
      const names = group.industryCodes.includes(ALL_INDUSTRIES)
        ? [t('regulators.allIndustries')]
        : industryNames(group.industryCodes, industries, i18n.language);
      return (
        <div key={group.jurisdictionCode}>
          <Typography.Text strong>{group.jurisdictionName}</Typography.Text>：{names.join('、')}
        </div>
      );
    });

  const columns: TableProps<Regulator>['columns'] = [
    { title: t('regulators.fields.name'), dataIndex: 'name', width: 220 },
    {
      title: t('regulators.fields.kind'),
      dataIndex: 'kind',
      width: 170,
      render: (kind: string) => <Tag>{regulatorKindLabel(t, kind)}</Tag>,
    },
    { title: t('regulators.fields.jurisdiction'), dataIndex: 'jurisdictionName', width: 130 },
    {
      title: t('regulators.fields.remits'),
      key: 'remits',
      render: (_, regulator) =>
        regulator.remits.length ? (
          remitSummary(regulator)
        ) : (
          <Typography.Text type="warning">{t('regulators.remitEmpty')}</Typography.Text>
        ),
    },
    {
      title: t('regulators.fields.isActive'),
      dataIndex: 'isActive',
      width: 80,
      render: (isActive: boolean) => (
        <Badge
          status={isActive ? 'success' : 'default'}
          text={isActive ? t('regulators.active') : t('regulators.inactive')}
        />
      ),
    },
    {
      title: t('common:operation'),
      key: 'actions',
      width: 160,
      render: (_, regulator) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            onClick={() => setDialog({ kind: 'edit', regulator })}
            data-testid={`regulator-edit-${regulator.id}`}
          >
            {t('common:actions.edit')}
          </Button>
          <Button
            type="link"
            size="small"
            onClick={() => setDialog({ kind: 'remits', regulator })}
            data-testid={`regulator-remits-${regulator.id}`}
          >
            {t('regulators.editRemits')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('regulators.title')}
      subTitle={t('regulators.subtitle')}
      extra={
        data?.abilities.canCreate ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({ kind: 'create' })}
            data-testid="regulator-create"
          >
            {t('regulators.create')}
          </Button>
        ) : null
      }
    >
      <Card>
        <Input.Search
          allowClear
          onChange={(e) => setSearch(e.target.value.trim())}
          style={{ maxWidth: 320, marginBottom: 12 }}
          placeholder={t('regulators.fields.name')}
        />
        {error ? (
          <ErrorResult error={error} onRetry={() => void refetch()} />
        ) : (
          <Table<Regulator>
            rowKey="id"
            size="middle"
            loading={isLoading}
            columns={columns}
            dataSource={rows}
            scroll={{ x: 1000 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
          />
        )}
      </Card>
      {dialog?.kind === 'create' ? <CreateRegulatorModal onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'edit' ? (
        <EditRegulatorModal regulator={dialog.regulator} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'remits' ? (
        <RemitDrawer regulator={dialog.regulator} onClose={() => setDialog(null)} />
      ) : null}
    </PageContainer>
  );
}
