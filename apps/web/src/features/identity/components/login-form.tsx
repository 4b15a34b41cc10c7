import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../../shared/api/error-message.ts';
import { safeRedirect } from '../../../shared/utils/safe-redirect.ts';
import { useLogin, type LoginInput } from '../api/auth-api.ts';

type Props = { home: string; size?: 'middle' | 'large' };

/** Username-or-phone plus password; on success goes back to where the guard interrupted. */
export function LoginForm({ home, size = 'large' }: Props) {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const login = useLogin();
  const [failure, setFailure] = useState<string | null>(null);

  const onFinish = (values: LoginInput) => {
    setFailure(null);
    login.mutate(
      { login: values.login.trim(), password: values.password },
      {
        onSuccess: ({ data }) => {
          const target = data.user.mustChangePassword
            ? '/change-password'
            : safeRedirect(params.get('redirect'), home);
          navigate(target, { replace: true });
        },
        onError: (error) => setFailure(errorMessage(t, error)),
      },
    );
  };

  return (
    <Form<LoginInput>
      layout="vertical"
      size={size}
      onFinish={onFinish}
      requiredMark={false}
      autoComplete="on"
    >
      {failure ? (
        <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="login-error" />
      ) : null}
      <Form.Item
        name="login"
        label={t('login.username')}
        rules={[{ required: true, whitespace: true, message: t('login.usernamePlaceholder') }]}
      >
        <Input
          prefix={<UserOutlined />}
          placeholder={t('login.usernamePlaceholder')}
          autoComplete="username"
          autoFocus
          data-testid="login-username"
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('login.passwordPlaceholder') }]}
      >
        <Input.Password
          prefix={<LockOutlined />}
          placeholder={t('login.passwordPlaceholder')}
          autoComplete="current-password"
          data-testid="login-password"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
        {t('login.submit')}
      </Button>
    </Form>
  );
}
