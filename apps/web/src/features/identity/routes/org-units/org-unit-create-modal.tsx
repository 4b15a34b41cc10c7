import { App, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyApiErrorToForm } from '../../../../shared/forms/apply-api-error.ts';
import { orgUnitKinds, useCreateOrgUnit, type OrgUnit, type OrgUnitKind } from '../../api/org-unit-api.ts';

type Values = { name: string; kind: OrgUnitKind; sort?: number };
type Props = { enterpriseId: string; parent: OrgUnit | null; onClose: (createdId?: string) => void };

// A child is usually one level finer than its parent: 部门 → 车间 → 班组 → 岗位.
const nextKind: Record<OrgUnitKind, OrgUnitKind> = {
  department: 'workshop',
  workshop: 'team',
  team: 'post',
  post: 'post',
};

export function OrgUnitCreateModal({ enterpriseId, parent, onClose }: Props) {
  const { t } = useTranslation('orgUnit');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateOrgUnit(enterpriseId);

  const onFinish = (values: Values) =>
    create.mutate(
      {
        parentId: parent?.id ?? null,
        name: values.name.trim(),
        kind: values.kind,
        ...(values.sort === undefined ? {} : { sort: values.sort }),
      },
      {
        onSuccess: ({ data }) => {
          void message.success(t('created'));
          onClose(data.id);
        },
        onError: (error) => {
          const rest = applyApiErrorToForm(form, error, t);
          if (rest) void message.error(rest);
        },
      },
    );

  return (
    <Modal
      open
      title={t('addTitle')}
      onCancel={() => onClose()}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      okText={t('common:actions.save')}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('addUnder', { parent: parent?.name ?? t('topLevel') })}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ kind: parent ? nextKind[parent.kind] : 'department' }}
      >
        <Form.Item
          name="name"
          label={t('fields.name')}
          rules={[{ required: true, whitespace: true, max: 50 }]}
        >
          <Input autoFocus data-testid="org-unit-new-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('fields.kind')} rules={[{ required: true }]}>
          <Select options={orgUnitKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} />
        </Form.Item>
        <Form.Item name="sort" label={t('fields.sort')}>
          <InputNumber min={0} max={9999} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
