import { supervisionTiers, type SaveTierTableBody, type TierTable } from '@shuangkong/contracts';
import { Alert, Form, InputNumber, Modal, Select, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { useSaveTierTable } from '../api/regional-api.ts';
import { LevelTag } from './level-tag.tsx';

/** 分级监管设置: the regulator's table, adjusted level → tier and planned inspections a year. */
export function TierTableDialog({
  open,
  table,
  onClose,
}: {
  open: boolean;
  table: TierTable;
  onClose: () => void;
}) {
  const { t } = useTranslation('supervision');
  const [form] = Form.useForm<SaveTierTableBody>();
  const save = useFormMutation(form, useSaveTierTable(), {
    success: t('regional.table.saved'),
    onSuccess: onClose,
  });
  const readOnly = !table.abilities.canConfigure;
  useEffect(() => {
    if (open) form.setFieldsValue({ rows: table.rows });
  }, [open, table, form]);
  return (
    <Modal
      open={open}
      title={t('regional.table.title')}
      width={720}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: readOnly, loading: save.isPending, 'data-testid': 'tier-table-save' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('regional.table.intro')}</Typography.Paragraph>
      {readOnly ? (
        <Alert type="info" title={t('regional.table.readOnly')} style={{ marginBottom: 8 }} />
      ) : null}
      <Typography.Paragraph type="secondary">
        {table.configured && table.updatedAt
          ? t('regional.table.updated', {
              name: table.updatedByName ?? '',
              at: formatDateTime(table.updatedAt),
            })
          : t('regional.table.defaults')}
      </Typography.Paragraph>
      <Form
        form={form}
        onFinish={(values) => save.submit(values)}
        disabled={readOnly}
        data-testid="tier-table-form"
      >
        <Table
          size="small"
          pagination={false}
          rowKey="level"
          dataSource={table.rows.map((r, index) => ({ ...r, index }))}
          columns={[
            {
              title: t('regional.table.level'),
              dataIndex: 'level',
              width: 110,
              render: (level: TierTable['rows'][number]['level'], r) => (
                <>
                  <Form.Item name={['rows', r.index, 'level']} hidden>
                    <input />
                  </Form.Item>
                  <LevelTag level={level} />
                </>
              ),
            },
            {
              title: t('regional.table.tier'),
              key: 'tier',
              render: (_, r) => (
                <Form.Item
                  name={['rows', r.index, 'tier']}
                  style={{ margin: 0 }}
                  rules={[{ required: true }]}
                >
                  <Select
                    options={supervisionTiers.map((tier) => ({
                      value: tier,
                      label: t(`regional.tiers.${tier}`),
                    }))}
                    data-testid={`tier-table-tier-${r.level}`}
                  />
                </Form.Item>
              ),
            },
            ...(['inspectionsHighRisk', 'inspectionsOther'] as const).map((field) => ({
              title: t(`regional.table.${field}`),
              key: field,
              width: 170,
              render: (_: unknown, r: { index: number; level: string }) => (
                <Form.Item name={['rows', r.index, field]} style={{ margin: 0 }} rules={[{ required: true }]}>
                  <InputNumber
                    min={0}
                    max={52}
                    precision={0}
                    data-testid={`tier-table-${field}-${r.level}`}
                  />
                </Form.Item>
              ),
            })),
          ]}
        />
      </Form>
    </Modal>
  );
}
