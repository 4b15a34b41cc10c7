import { Button, Drawer, Form, Input, Modal, Select, Space, Switch, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import {
  useCreateRegulator,
  useSetRemits,
  useUpdateRegulator,
  type Regulator,
  type RegulatorInput,
  type Remit,
} from '../../api/regulator-api.ts';
import { JurisdictionPicker } from '../../components/jurisdiction-picker.tsx';
import { knownRegulatorKinds, regulatorKindLabel } from '../../components/regulator-kind.ts';
import { RemitRows } from '../../components/remit-rows.tsx';
import { duplicateRemitRows } from '../../components/remits.ts';

function useKindOptions(current?: string) {
  const { t } = useTranslation('admin');
  const kinds: string[] = [...knownRegulatorKinds];
  if (current && !kinds.includes(current)) kinds.push(current);
  return kinds.map((kind) => ({ value: kind, label: regulatorKindLabel(t, kind) }));
}

/** Rejects duplicate rows before the server does, pointing at the row. */
function useRemitGuard() {
  const { t } = useTranslation('admin');
  return (form: FormInstance, remits: Remit[]): boolean => {
    const duplicates = duplicateRemitRows(remits);
    if (duplicates.length === 0) return true;
    form.setFields(
      duplicates.map((index) => ({
        name: ['remits', index, 'industryCode'],
        errors: [t('regulators.remitDuplicate')],
      })),
    );
    return false;
  };
}

export function CreateRegulatorModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<RegulatorInput>();
  const create = useFormMutation(form, useCreateRegulator(), {
    success: t('common:saved'),
    onSuccess: () => onClose(),
  });
  const guard = useRemitGuard();
  const kindOptions = useKindOptions();

  const onFinish = (values: RegulatorInput) => {
    const remits = values.remits ?? [];
    if (!guard(form, remits)) return;
    create.submit({ ...values, name: values.name.trim(), remits });
  };

  return (
    <Modal
      open
      width={760}
      title={t('regulators.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<RegulatorInput>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ kind: 'emergencyBureau', remits: [] }}
      >
        <Form.Item
          name="name"
          label={t('regulators.fields.name')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input data-testid="regulator-name" />
        </Form.Item>
        <Space style={{ width: '100%' }} styles={{ item: { flex: 1 } }}>
          <Form.Item name="kind" label={t('regulators.fields.kind')} rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" options={kindOptions} data-testid="regulator-kind" />
          </Form.Item>
          <Form.Item
            name="jurisdictionCode"
            label={t('regulators.fields.jurisdiction')}
            rules={[{ required: true }]}
          >
            <JurisdictionPicker testId="regulator-jurisdiction" />
          </Form.Item>
        </Space>
        <Form.Item label={t('regulators.fields.remits')}>
          <RemitRows />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type EditValues = { name: string; kind: string; isActive: boolean };

export function EditRegulatorModal({ regulator, onClose }: { regulator: Regulator; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<EditValues>();
  const update = useFormMutation(form, useUpdateRegulator(), {
    success: t('common:saved'),
    onSuccess: () => onClose(),
  });
  const kindOptions = useKindOptions(regulator.kind);
  const onFinish = (values: EditValues) =>
    update.submit({
      id: regulator.id,
      name: values.name.trim(),
      kind: values.kind,
      isActive: values.isActive,
    });
  return (
    <Modal
      open
      title={t('regulators.editTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form<EditValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ name: regulator.name, kind: regulator.kind, isActive: regulator.isActive }}
      >
        <Form.Item
          name="name"
          label={t('regulators.fields.name')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('regulators.fields.kind')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={kindOptions} />
        </Form.Item>
        <Form.Item name="isActive" label={t('regulators.fields.isActive')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 监管职责 editor: replaces the whole remit at once, as the API does. */
export function RemitDrawer({ regulator, onClose }: { regulator: Regulator; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<{ remits: Remit[] }>();
  const setRemits = useFormMutation(form, useSetRemits(), {
    success: t('common:saved'),
    onSuccess: () => onClose(),
  });
  const guard = useRemitGuard();
  const onFinish = ({ remits = [] }: { remits?: Remit[] }) => {
    if (!guard(form, remits)) return;
    setRemits.submit({ id: regulator.id, remits });
  };
  return (
    <Drawer
      open
      size="large"
      title={t('regulators.remitTitle', { name: regulator.name })}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Button
          type="primary"
          loading={setRemits.isPending}
          onClick={() => form.submit()}
          data-testid="remit-save"
        >
          {t('common:actions.save')}
        </Button>
      }
    >
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ remits: regulator.remits }}>
        <RemitRows />
      </Form>
    </Drawer>
  );
}
