import { Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
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
  const [form] = Form.useForm<Values>();
  const create = useFormMutation(form, useCreateOrgUnit(enterpriseId), {
    success: t('created'),
    onSuccess: ({ data }) => onClose(data.id),
  });

  const onFinish = (values: Values) =>
    create.submit({
      parentId: parent?.id ?? null,
      name: values.name.trim(),
      kind: values.kind,
      ...(values.sort === undefined ? {} : { sort: values.sort }),
    });

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
