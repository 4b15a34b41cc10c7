import type { StewardDefault, StewardDefaultsBody } from '@shuangkong/contracts';
import { checkCycleUnit } from '@shuangkong/contracts';
import { Form, InputNumber, Modal, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { useSaveStewardDefaults, useStewardDefaults } from '../../api/inspection-api.ts';

/** 包保 defaults: the enterprise's check cycle per steward role. */
export function StewardDefaultsDialog({
  enterpriseId,
  onClose,
}: {
  enterpriseId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('inspection');
  const [form] = Form.useForm<StewardDefaultsBody>();
  const current = useStewardDefaults(enterpriseId);
  const { submit, isPending } = useFormMutation(form, useSaveStewardDefaults(enterpriseId), {
    success: t('checklist.stewardDefaults'),
    onSuccess: onClose,
  });
  const rows = current.data?.data ?? [];
  const editable = current.data?.abilities.edit ?? false;
  return (
    <Modal
      open
      title={t('checklist.stewardDefaults')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: !editable }}
      confirmLoading={isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('checklist.stewardDefaultsHint')}</Typography.Paragraph>
      {rows.length > 0 ? (
        <Form<StewardDefaultsBody>
          form={form}
          data-testid="inspection-steward-defaults"
          initialValues={{
            defaults: rows.map(({ role, checkCycle, checkCycleUnit: unit }): StewardDefault => ({
              role,
              checkCycle,
              checkCycleUnit: unit,
            })),
          }}
          onFinish={(values) => submit(values)}
        >
          {rows.map((row, i) => (
            <Space key={row.role} align="baseline">
              <Form.Item name={['defaults', i, 'role']} hidden>
                <input />
              </Form.Item>
              <span style={{ display: 'inline-block', width: 130 }}>
                {t(`workTypes.${row.role}`)}
                {row.isProductDefault ? (
                  <Tag style={{ marginInlineStart: 4 }}>{t('checklist.productDefault')}</Tag>
                ) : null}
              </span>
              <Form.Item name={['defaults', i, 'checkCycle']} rules={[{ required: true }]}>
                <InputNumber min={1} max={1000} precision={0} disabled={!editable} />
              </Form.Item>
              <Form.Item name={['defaults', i, 'checkCycleUnit']} rules={[{ required: true }]}>
                <Select
                  style={{ width: 110 }}
                  disabled={!editable}
                  options={checkCycleUnit.options.map((u) => ({ value: u, label: t(`units.${u}`) }))}
                />
              </Form.Item>
            </Space>
          ))}
        </Form>
      ) : null}
    </Modal>
  );
}
