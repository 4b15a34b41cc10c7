import { Alert, App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PublicLayout, PublicPanel } from '../../../../shared/components/public-layout.tsx';
import { applyApiErrorToForm } from '../../../../shared/forms/apply-api-error.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useChangePassword, useLogout, type ChangePasswordInput } from '../../api/auth-api.ts';

type Values = ChangePasswordInput & { confirmPassword: string };

// Mirrors the server's rule so users learn it before submitting.
const PASSWORD_RULE = /^(?=.*[A-Za-z])(?=.*\d).{8,128}$/;

export function ChangePasswordPage() {
  const { t } = useTranslation('auth');
  const session = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const logout = useLogout();
  const isForced = session.user.mustChangePassword;

  const onFinish = ({ currentPassword, newPassword }: Values) => {
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          void message.success(t('changePassword.success'));
          navigate('/', { replace: true });
        },
        onError: (error) => {
          const rest = applyApiErrorToForm(form, error, t);
          if (rest) void message.error(rest);
        },
      },
    );
  };

  return (
    <PublicLayout>
      <PublicPanel title={t('changePassword.title')}>
        {isForced ? (
          <Alert
            type="warning"
            showIcon
            title={t('changePassword.forcedHint')}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            name="currentPassword"
            label={t('changePassword.currentPassword')}
            rules={[{ required: true }]}
          >
            <Input.Password autoComplete="current-password" data-testid="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('changePassword.newPassword')}
            extra={t('changePassword.rule')}
            dependencies={['currentPassword']}
            rules={[
              { required: true, pattern: PASSWORD_RULE, message: t('changePassword.rule') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  value && value === getFieldValue('currentPassword')
                    ? Promise.reject(new Error(t('changePassword.sameAsCurrent')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="new-password" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t('changePassword.confirmPassword')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('changePassword.mismatch') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('changePassword.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="confirm-password" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={change.isPending}
            data-testid="change-password-submit"
          >
            {t('changePassword.submit')}
          </Button>
          {isForced ? (
            // A forced change can still be postponed by leaving; the guard brings the user back here.
            <Button
              type="link"
              block
              style={{ marginTop: 8 }}
              data-testid="logout"
              onClick={() =>
                logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })
              }
            >
              {t('common:header.logout')}
            </Button>
          ) : (
            <Button type="link" block onClick={() => navigate(-1)} style={{ marginTop: 8 }}>
              {t('common:actions.back')}
            </Button>
          )}
        </Form>
      </PublicPanel>
    </PublicLayout>
  );
}
