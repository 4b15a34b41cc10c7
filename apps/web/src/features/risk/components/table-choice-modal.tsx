import type { RiskSettingsInput } from '@shuangkong/contracts';
import { Form, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssessmentTables } from '../api/assessment-api.ts';

type Props = {
  title: string;
  open: boolean;
  initial: RiskSettingsInput;
  saving: boolean;
  onCancel: () => void;
  onSave: (input: RiskSettingsInput) => void;
};

/** Chooses the default method and one table set per method (LEC, LS, MES), from the engine's list. */
export function TableChoiceModal({ title, open, initial, saving, onCancel, onSave }: Props) {
  const { t } = useTranslation('risk');
  const [form] = Form.useForm<RiskSettingsInput>();
  const tables = useAssessmentTables();
  useEffect(() => {
    if (open) form.setFieldsValue(initial);
  }, [open, initial, form]);
  const options = (method: 'lec' | 'ls' | 'mes') =>
    (tables.data?.data ?? [])
      .filter((s) => s.method === method)
      .map((s) => ({
        value: s.key,
        label: `${s.nameZh}${s.isDefault ? t('tables.systemDefaultMark') : ''}`,
      }));
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onCancel}
      onOk={() => void form.validateFields().then(onSave)}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="risk-table-choice">
        <Form.Item name="defaultMethod" label={t('tables.defaultMethod')} rules={[{ required: true }]}>
          <Select
            data-testid="risk-table-method"
            options={(['lec', 'ls', 'mes'] as const).map((m) => ({ value: m, label: t(`methods.${m}`) }))}
          />
        </Form.Item>
        <Form.Item name="lecTable" label={t('tables.lec')} rules={[{ required: true }]}>
          <Select options={options('lec')} data-testid="risk-table-lec" />
        </Form.Item>
        <Form.Item name="lsTable" label={t('tables.ls')} rules={[{ required: true }]}>
          <Select options={options('ls')} data-testid="risk-table-ls" />
        </Form.Item>
        <Form.Item name="mesTable" label={t('tables.mes')} rules={[{ required: true }]}>
          <Select options={options('mes')} data-testid="risk-table-mes" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
