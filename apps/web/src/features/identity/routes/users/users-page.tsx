import { PlusOutlined } from '@ant-design/icons';
import { App, Badge, Button, Card, Input, Popconfirm, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { ErrorResult } from '../../../../shared/components/error-result.tsx';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useSession } from '../../../../shared/session/session.ts';
import {
  useResetPassword,
  useSetUserEnabled,
  useUsers,
  type User,
  type UserFilters,
} from '../../api/user-api.ts';
import { showTemporaryPassword } from '../../components/temporary-password.tsx';
import { EditUserModal, RolesModal } from './edit-user-modals.tsx';
import { InviteUserModal } from './invite-user-modal.tsx';

type Dialog = { kind: 'invite' } | { kind: 'edit'; user: User } | { kind: 'roles'; user: User } | null;

/** 人员管理 for an enterprise, a regulator, or (for the platform admin) everyone. */
export function UsersPage() {
  const { t } = useTranslation('user');
  const session = useSession();
  const { message, modal } = App.useApp();
  const [filters, setFilters] = useState<UserFilters>(() => ({
    page: 1,
    pageSize: 20,
    ...(session.user.enterpriseId ? { enterpriseId: session.user.enterpriseId } : {}),
    ...(session.user.regulatorId ? { regulatorId: session.user.regulatorId } : {}),
  }));
  const { data, isLoading, error, refetch } = useUsers(filters);
  const setEnabled = useSetUserEnabled();
  const resetPassword = useResetPassword();
  const [dialog, setDialog] = useState<Dialog>(null);
  // The list's canInvite is the only ability the API returns; row actions follow it.
  const canManage = data?.abilities.canInvite ?? false;

  const toggle = (user: User) =>
    setEnabled.mutate(
      { id: user.id, enabled: user.status !== 'active' },
      {
        onSuccess: () => void message.success(user.status === 'active' ? t('disabled') : t('enabled')),
        onError: (e) => void message.error(errorMessage(t, e)),
      },
    );
  const reset = (user: User) =>
    resetPassword.mutate(user.id, {
      onSuccess: ({ data: result }) => showTemporaryPassword(modal, t, user.name, result.temporaryPassword),
      onError: (e) => void message.error(errorMessage(t, e)),
    });

  const columns: TableProps<User>['columns'] = [
    { title: t('fields.name'), dataIndex: 'name', width: 120 },
    { title: t('fields.username'), dataIndex: 'username', width: 140 },
    { title: t('fields.phone'), dataIndex: 'phone', width: 130 },
    {
      title: t('fields.roles'),
      dataIndex: 'roles',
      render: (roles: User['roles']) =>
        roles.map((role) => <Tag key={role}>{t(`common:roles.${role}`)}</Tag>),
    },
    ...(session.workspace === 'enterprise'
      ? [
          {
            title: t('fields.orgUnit'),
            dataIndex: 'orgUnitName',
            width: 140,
            render: (v: string | null) => v ?? '—',
          },
        ]
      : []),
    {
      title: t('fields.status'),
      dataIndex: 'status',
      width: 90,
      render: (status: User['status']) => (
        <Badge status={status === 'active' ? 'success' : 'default'} text={t(`common:status.${status}`)} />
      ),
    },
    {
      title: t('fields.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      width: 150,
      render: (v: string | null) => (v ? formatDateTime(v) : t('neverLoggedIn')),
    },
    ...(canManage
      ? [
          {
            title: t('common:operation'),
            key: 'actions',
            width: 260,
            render: (_: unknown, user: User) => (
              <Space size={0} wrap>
                <Button
                  type="link"
                  size="small"
                  onClick={() => setDialog({ kind: 'edit', user })}
                  data-testid={`user-edit-${user.username}`}
                >
                  {t('actions.edit')}
                </Button>
                <Button
                  type="link"
                  size="small"
                  onClick={() => setDialog({ kind: 'roles', user })}
                  data-testid={`user-roles-${user.username}`}
                >
                  {t('actions.roles')}
                </Button>
                <Popconfirm
                  title={t(user.status === 'active' ? 'confirmDisable' : 'confirmEnable', {
                    name: user.name,
                  })}
                  onConfirm={() => toggle(user)}
                  disabled={user.id === session.user.id}
                >
                  <Button
                    type="link"
                    size="small"
                    danger={user.status === 'active'}
                    disabled={user.id === session.user.id}
                    data-testid={`user-toggle-${user.username}`}
                  >
                    {user.status === 'active' ? t('actions.disable') : t('actions.enable')}
                  </Button>
                </Popconfirm>
                <Popconfirm title={t('confirmReset', { name: user.name })} onConfirm={() => reset(user)}>
                  <Button type="link" size="small" data-testid={`user-reset-${user.username}`}>
                    {t('actions.resetPassword')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <PageContainer
      title={t('title')}
      subTitle={session.enterprise?.name ?? session.regulator?.name}
      extra={
        canManage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({ kind: 'invite' })}
            data-testid="user-invite"
          >
            {t('invite')}
          </Button>
        ) : null
      }
    >
      <Card>
        <Input.Search
          allowClear
          enterButton={t('common:actions.search')}
          placeholder={t('searchPlaceholder')}
          style={{ maxWidth: 360, marginBottom: 12 }}
          onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim() || undefined, page: 1 }))}
          data-testid="user-search"
        />
        {error ? (
          <ErrorResult error={error} onRetry={() => void refetch()} />
        ) : (
          <Table<User>
            rowKey="id"
            size="middle"
            loading={isLoading}
            columns={columns}
            dataSource={data?.data ?? []}
            scroll={{ x: 1000 }}
            onRow={(user) => ({
              style: { verticalAlign: 'top' },
              ...{ 'data-testid': `user-row-${user.username}` },
            })}
            pagination={{
              current: filters.page,
              pageSize: filters.pageSize,
              total: data?.page.total ?? 0,
              showTotal: (total) => t('common:total', { total }),
              onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
            }}
          />
        )}
      </Card>
      {dialog?.kind === 'invite' ? <InviteUserModal onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'edit' ? <EditUserModal user={dialog.user} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'roles' ? <RolesModal user={dialog.user} onClose={() => setDialog(null)} /> : null}
    </PageContainer>
  );
}
