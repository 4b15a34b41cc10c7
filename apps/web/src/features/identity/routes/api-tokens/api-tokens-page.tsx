import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { ErrorResult } from '../../../../shared/components/error-result.tsx';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { applyApiErrorToForm } from '../../../../shared/forms/apply-api-error.ts';
import { dayjs, formatDateTime } from '../../../../shared/format/date.ts';
import { useSession } from '../../../../shared/session/session.ts';
import {
  useApiTokens,
  useCreateApiToken,
  useRevokeApiToken,
  type ApiToken,
} from '../../api/api-token-api.ts';

type Values = { name: string; scopes: string[]; expiresAt?: Dayjs | null };

function tokenStatus(token: ApiToken, now: number): 'active' | 'revoked' | 'expired' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}
const statusColor = { active: 'green', revoked: 'default', expired: 'orange' } as const;

function CreateTokenModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('apiToken');
  const session = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateApiToken();
  const [token, setToken] = useState<string | null>(null);

  const onFinish = (values: Values) =>
    create.mutate(
      {
        name: values.name.trim(),
        scopes: values.scopes,
        ...(values.expiresAt ? { expiresAt: values.expiresAt.endOf('day').toISOString() } : {}),
      },
      {
        onSuccess: ({ data }) => setToken(data.token),
        onError: (error) => {
          const rest = applyApiErrorToForm(form, error, t);
          if (rest) void message.error(rest);
        },
      },
    );

  if (token) {
    return (
      <Modal
        open
        title={t('createdTitle')}
        onCancel={onClose}
        onOk={onClose}
        cancelButtonProps={{ style: { display: 'none' } }}
        okText={t('common:actions.close')}
      >
        <Alert type="warning" showIcon title={t('createdHint')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph
          copyable={{ text: token }}
          code
          style={{ wordBreak: 'break-all' }}
          data-testid="api-token-value"
        >
          {token}
        </Typography.Paragraph>
      </Modal>
    );
  }
  return (
    <Modal
      open
      title={t('createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="name"
          label={t('fields.name')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input placeholder={t('namePlaceholder')} data-testid="api-token-name" />
        </Form.Item>
        <Form.Item
          name="scopes"
          label={t('fields.scopes')}
          extra={t('scopesHint')}
          rules={[{ required: true, type: 'array', min: 1 }]}
        >
          <Select
            mode="multiple"
            options={session.permissions.map((p) => ({ value: p, label: p }))}
            data-testid="api-token-scopes"
          />
        </Form.Item>
        <Form.Item name="expiresAt" label={t('fields.expiresAt')}>
          <DatePicker
            style={{ width: '100%' }}
            placeholder={t('neverExpires')}
            disabledDate={(d) => d.isBefore(dayjs(), 'day')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** API 令牌: tokens for integrations, shown once at creation and revocable. */
export function ApiTokensPage() {
  const { t } = useTranslation('apiToken');
  const { message } = App.useApp();
  const { data, isLoading, error, refetch } = useApiTokens();
  const revoke = useRevokeApiToken();
  const [isCreating, setCreating] = useState(false);
  const now = Date.now();

  const columns: TableProps<ApiToken>['columns'] = [
    { title: t('fields.name'), dataIndex: 'name' },
    {
      title: t('fields.prefix'),
      dataIndex: 'prefix',
      width: 140,
      render: (v: string) => <Typography.Text code>{v}…</Typography.Text>,
    },
    {
      title: t('fields.scopes'),
      dataIndex: 'scopes',
      render: (scopes: string[]) => scopes.map((s) => <Tag key={s}>{s}</Tag>),
    },
    { title: t('fields.createdAt'), dataIndex: 'createdAt', width: 150, render: formatDateTime },
    {
      title: t('fields.expiresAt'),
      dataIndex: 'expiresAt',
      width: 150,
      render: (v: string | null) => (v ? formatDateTime(v) : t('neverExpires')),
    },
    {
      title: t('fields.lastUsedAt'),
      dataIndex: 'lastUsedAt',
      width: 150,
      render: (v: string | null) => (v ? formatDateTime(v) : t('neverUsed')),
    },
    {
      title: t('fields.status'),
      key: 'status',
      width: 90,
      render: (_, token) => {
        const status = tokenStatus(token, now);
        return <Tag color={statusColor[status]}>{t(`status.${status}`)}</Tag>;
      },
    },
    {
      title: t('common:operation'),
      key: 'actions',
      width: 90,
      render: (_, token) =>
        token.revokedAt ? null : (
          <Popconfirm
            title={t('confirmRevoke', { name: token.name })}
            onConfirm={() =>
              revoke.mutate(token.id, {
                onSuccess: () => void message.success(t('revoked')),
                onError: (e) => void message.error(errorMessage(t, e)),
              })
            }
          >
            <Button type="link" danger size="small" data-testid={`api-token-revoke-${token.id}`}>
              {t('revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <PageContainer
      title={t('title')}
      subTitle={t('subtitle')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="api-token-create"
        >
          {t('create')}
        </Button>
      }
    >
      <Card>
        {error ? (
          <ErrorResult error={error} onRetry={() => void refetch()} />
        ) : (
          <Table<ApiToken>
            rowKey="id"
            size="middle"
            loading={isLoading}
            columns={columns}
            dataSource={data?.data ?? []}
            pagination={false}
            scroll={{ x: 1000 }}
            locale={{ emptyText: t('empty') }}
          />
        )}
      </Card>
      {isCreating ? <CreateTokenModal onClose={() => setCreating(false)} /> : null}
    </PageContainer>
  );
}
