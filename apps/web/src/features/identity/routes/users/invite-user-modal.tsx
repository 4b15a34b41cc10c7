import { App, Form, Input, Modal, Radio, Select, TreeSelect } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { useSession, type Role } from '../../../../shared/session/session.ts';
import { useEnterprises } from '../../api/enterprise-api.ts';
import { useOrgUnits } from '../../api/org-unit-api.ts';
import { useRegulators } from '../../api/regulator-api.ts';
import { useInviteUser, type InviteInput } from '../../api/user-api.ts';
import { MOBILE_PATTERN } from '../../components/enterprise-form-values.ts';
import { orgTreeOptions } from '../../components/org-unit-tree-data.ts';
import { assignableRoles, defaultHome, type UserHome } from '../../components/role-options.ts';
import { showTemporaryPassword } from '../../components/temporary-password.tsx';

type Values = {
  username: string;
  name: string;
  phone: string;
  roles: Role[];
  orgUnitId?: string;
  regulatorId?: string;
  enterpriseId?: string;
};

const USERNAME_PATTERN = /^[a-z][a-z0-9_.-]{2,31}$/;

/** 新增人员: enterprise and regulator managers add to their own organisation; the platform admin picks one. */
export function InviteUserModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('user');
  const session = useSession();
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const invite = useFormMutation(form, useInviteUser(), {
    onSuccess: ({ data }, input) => {
      onClose();
      showTemporaryPassword(modal, t, input.name, data.temporaryPassword);
    },
  });
  const isAdmin = session.workspace === 'admin';
  const [home, setHome] = useState<UserHome>(defaultHome(session.workspace));
  const [enterpriseQuery, setEnterpriseQuery] = useState('');
  const ownEnterpriseId = session.user.enterpriseId;
  const orgUnits = useOrgUnits(
    home === 'enterprise' ? (ownEnterpriseId ?? form.getFieldValue('enterpriseId')) : null,
  );
  const regulators = useRegulators(isAdmin && home === 'regulator');
  const enterprises = useEnterprises({ q: enterpriseQuery, page: 1, pageSize: 20 });

  const onFinish = (values: Values) => {
    const input: InviteInput = {
      username: values.username.trim(),
      name: values.name.trim(),
      phone: values.phone.trim(),
      roles: values.roles,
    };
    if (home === 'enterprise') {
      const enterpriseId = ownEnterpriseId ?? values.enterpriseId;
      if (enterpriseId) input.enterpriseId = enterpriseId;
      if (values.orgUnitId) input.orgUnitId = values.orgUnitId;
    } else if (home === 'regulator') {
      const regulatorId = session.user.regulatorId ?? values.regulatorId;
      if (regulatorId) input.regulatorId = regulatorId;
    }
    invite.submit(input);
  };

  return (
    <Modal
      open
      title={t('inviteTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={invite.isPending}
      okText={t('common:actions.save')}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        {isAdmin ? (
          <Form.Item label={t('fields.belongsTo')}>
            <Radio.Group
              value={home}
              onChange={(e) => {
                setHome(e.target.value);
                form.setFieldValue('roles', []);
              }}
              options={(['regulator', 'enterprise', 'platform'] as const).map((h) => ({
                value: h,
                label: t(`belongsToKinds.${h}`),
              }))}
            />
          </Form.Item>
        ) : null}
        {isAdmin && home === 'regulator' ? (
          <Form.Item name="regulatorId" label={t('fields.regulator')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={regulators.isLoading}
              options={(regulators.data?.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
            />
          </Form.Item>
        ) : null}
        {isAdmin && home === 'enterprise' ? (
          <Form.Item name="enterpriseId" label={t('fields.enterprise')} rules={[{ required: true }]}>
            <Select
              showSearch
              filterOption={false}
              onSearch={setEnterpriseQuery}
              placeholder={t('enterpriseSearch')}
              loading={enterprises.isFetching}
              options={(enterprises.data?.data ?? []).map((e) => ({ value: e.id, label: e.name }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="username"
          label={t('fields.username')}
          extra={t('usernameHint')}
          normalize={(v: string) => v.toLowerCase().trim()}
          rules={[{ required: true, pattern: USERNAME_PATTERN, message: t('usernameHint') }]}
        >
          <Input autoComplete="off" data-testid="invite-username" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('fields.name')}
          rules={[{ required: true, whitespace: true, max: 50 }]}
        >
          <Input data-testid="invite-name" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('fields.phone')}
          rules={[{ required: true, pattern: MOBILE_PATTERN, message: t('mobileFormat') }]}
        >
          <Input maxLength={11} inputMode="numeric" data-testid="invite-phone" />
        </Form.Item>
        <Form.Item name="roles" label={t('fields.roles')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <Select
            mode="multiple"
            options={assignableRoles(home).map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
            data-testid="invite-roles"
          />
        </Form.Item>
        {home === 'enterprise' && ownEnterpriseId ? (
          <Form.Item name="orgUnitId" label={t('fields.orgUnit')}>
            <TreeSelect
              allowClear
              treeDefaultExpandAll
              treeData={orgTreeOptions(orgUnits.data?.data ?? [])}
              data-testid="invite-org-unit"
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
