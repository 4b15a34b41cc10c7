import { Checkbox, Form, Input, Modal, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import type { Role } from '../../../../shared/session/session.ts';
import { useOrgUnits } from '../../api/org-unit-api.ts';
import { useSetRoles, useUpdateUser, type User } from '../../api/user-api.ts';
import { PHONE_PATTERN } from '../../components/enterprise-form-values.ts';
import { orgTreeOptions } from '../../components/org-unit-tree-data.ts';
import { assignableRoles } from '../../components/role-options.ts';

type EditValues = { name: string; phone: string; orgUnitId?: string | null };

export function EditUserModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation('user');
  const [form] = Form.useForm<EditValues>();
  const update = useFormMutation(form, useUpdateUser(), {
    success: t('common:saved'),
    onSuccess: () => onClose(),
  });
  const orgUnits = useOrgUnits(user.enterpriseId);

  const onFinish = (values: EditValues) =>
    update.submit({
      id: user.id,
      name: values.name.trim(),
      phone: values.phone.trim(),
      ...(user.enterpriseId ? { orgUnitId: values.orgUnitId ?? null } : {}),
    });

  return (
    <Modal
      open
      title={`${t('editTitle')} · ${user.username}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form<EditValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ name: user.name, phone: user.phone ?? '', orgUnitId: user.orgUnitId }}
      >
        <Form.Item
          name="name"
          label={t('fields.name')}
          rules={[{ required: true, whitespace: true, max: 50 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('fields.phone')}
          rules={[{ required: true, pattern: PHONE_PATTERN, message: t('mobileFormat') }]}
        >
          <Input maxLength={13} />
        </Form.Item>
        {user.enterpriseId ? (
          <Form.Item name="orgUnitId" label={t('fields.orgUnit')}>
            <TreeSelect
              allowClear
              treeDefaultExpandAll
              treeData={orgTreeOptions(orgUnits.data?.data ?? [])}
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

export function RolesModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation('user');
  const [form] = Form.useForm<{ roles: Role[] }>();
  const setRoles = useFormMutation(form, useSetRoles(), {
    success: t('common:saved'),
    onSuccess: () => onClose(),
  });
  const home = user.enterpriseId ? 'enterprise' : user.regulatorId ? 'regulator' : 'platform';

  const onFinish = ({ roles }: { roles: Role[] }) => setRoles.submit({ id: user.id, roles });

  return (
    <Modal
      open
      title={`${t('rolesTitle')} · ${user.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={setRoles.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ roles: user.roles }}>
        <Form.Item name="roles" rules={[{ required: true, type: 'array', min: 1 }]}>
          <Checkbox.Group
            style={{ display: 'grid', gap: 8 }}
            options={assignableRoles(home).map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
            data-testid="roles-checkboxes"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
