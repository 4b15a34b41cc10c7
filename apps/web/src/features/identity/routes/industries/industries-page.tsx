import { App, Button, Card, Form, Input, Modal, Switch, Table, Typography, type TableProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { ErrorResult } from '../../../../shared/components/error-result.tsx';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { buildTree, mapTree } from '../../../../shared/utils/tree.ts';
import { useIndustries, useUpdateIndustry, type Industry } from '../../api/reference-api.ts';

type Row = Industry & { children?: Row[] };

function EditIndustryModal({ industry, onClose }: { industry: Industry; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<{ nameZh: string }>();
  const update = useFormMutation(form, useUpdateIndustry(), {
    success: t('common:saved'),
    onSuccess: () => onClose(),
  });
  return (
    <Modal
      open
      title={t('industries.editTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ nameZh: industry.nameZh }}
        onFinish={({ nameZh }) => update.submit({ code: industry.code, nameZh: nameZh.trim() })}
      >
        <Form.Item label={t('industries.fields.code')}>
          <Typography.Text code>{industry.code}</Typography.Text>
        </Form.Item>
        <Form.Item
          name="nameZh"
          label={t('industries.fields.nameZh')}
          rules={[{ required: true, whitespace: true, max: 50 }]}
        >
          <Input data-testid="industry-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 行业领域 code list: rename and flag 高危行业. */
export function IndustriesPage() {
  const { t } = useTranslation('admin');
  const { message } = App.useApp();
  const { data, isLoading, error, refetch } = useIndustries();
  const update = useUpdateIndustry();
  const [editing, setEditing] = useState<Industry | null>(null);
  const rows = useMemo(
    () =>
      mapTree<Industry, Row>(
        buildTree(
          data ?? [],
          (i) => i.code,
          (i) => i.parentCode,
        ),
        (industry, children) => (children.length ? { ...industry, children } : industry),
      ),
    [data],
  );

  const columns: TableProps<Row>['columns'] = [
    { title: t('industries.fields.nameZh'), dataIndex: 'nameZh', width: 220 },
    { title: t('industries.fields.nameEn'), dataIndex: 'nameEn', width: 220 },
    {
      title: t('industries.fields.code'),
      dataIndex: 'code',
      width: 240,
      render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
    },
    {
      title: t('industries.fields.gbt4754'),
      dataIndex: 'gbt4754',
      render: (v: Industry['gbt4754']) => (Array.isArray(v) ? v.join('、') : (v ?? '—')),
    },
    {
      title: t('industries.fields.isHighRisk'),
      dataIndex: 'isHighRisk',
      width: 100,
      render: (isHighRisk: boolean, industry) => (
        <Switch
          size="small"
          checked={isHighRisk}
          data-testid={`industry-high-risk-${industry.code}`}
          onChange={(checked) =>
            update.mutate(
              { code: industry.code, isHighRisk: checked },
              { onError: (e) => void message.error(errorMessage(t, e)) },
            )
          }
        />
      ),
    },
    {
      title: t('common:operation'),
      key: 'actions',
      width: 80,
      render: (_, industry) => (
        <Button type="link" size="small" onClick={() => setEditing(industry)}>
          {t('common:actions.edit')}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer title={t('industries.title')} subTitle={t('industries.subtitle')}>
      <Card>
        {error ? (
          <ErrorResult error={error} onRetry={() => void refetch()} />
        ) : (
          <Table<Row>
            rowKey="code"
            size="middle"
            loading={isLoading}
            columns={columns}
            dataSource={rows}
            pagination={false}
            expandable={{ defaultExpandAllRows: true }}
            scroll={{ x: 1000 }}
          />
        )}
      </Card>
      {editing ? <EditIndustryModal industry={editing} onClose={() => setEditing(null)} /> : null}
    </PageContainer>
  );
}
