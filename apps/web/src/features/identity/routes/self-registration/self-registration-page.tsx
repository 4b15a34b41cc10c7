import { App, Button, Card, Col, Divider, Form, Input, Result, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PublicLayout } from '../../../../shared/components/public-layout.tsx';
import { applyApiErrorToForm } from '../../../../shared/forms/apply-api-error.ts';
import { useSubmitRegistration, type EnterpriseRegistration } from '../../api/enterprise-api.ts';
import { EnterpriseFormFields } from '../../components/enterprise-form-fields.tsx';
import {
  MOBILE_PATTERN,
  toEnterpriseInput,
  type EnterpriseFormValues,
} from '../../components/enterprise-form-values.ts';
import { LanguageLinks } from '../../components/language-links.tsx';

type Values = EnterpriseFormValues & {
  account: EnterpriseRegistration['account'] & { confirmPassword: string };
};

const USERNAME_PATTERN = /^[a-z][a-z0-9_.-]{2,31}$/;

/** 企业自助注册: public, no login; the regulator reviews before the account works. */
export function SelfRegistrationPage() {
  const { t } = useTranslation('enterprise');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const submit = useSubmitRegistration();
  const [isDone, setDone] = useState(false);

  const onFinish = ({ account, ...enterprise }: Values) =>
    submit.mutate(
      {
        ...toEnterpriseInput(enterprise),
        account: {
          username: account.username.trim(),
          name: account.name.trim(),
          phone: account.phone.trim(),
          password: account.password,
        },
      },
      {
        onSuccess: () => setDone(true),
        onError: (error) => {
          const rest = applyApiErrorToForm(form, error, t);
          if (rest) void message.error(rest);
        },
      },
    );

  if (isDone) {
    return (
      <PublicLayout width={720}>
        <Card>
          <Result
            status="success"
            title={<span data-testid="registration-done">{t('selfRegistration.doneTitle')}</span>}
            subTitle={t('selfRegistration.doneSubtitle')}
            extra={
              <Link to="/login">
                <Button type="primary">{t('selfRegistration.toLogin')}</Button>
              </Link>
            }
          />
        </Card>
      </PublicLayout>
    );
  }

  const req = (field: string) => ({ required: true, message: t('common:required', { field }) });
  return (
    <PublicLayout width={960}>
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('selfRegistration.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('selfRegistration.subtitle')}</Typography.Paragraph>
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} scrollToFirstError>
          <EnterpriseFormFields jurisdictionMode="cascader" />
          <Divider titlePlacement="start">{t('sections.account')}</Divider>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item
                name={['account', 'username']}
                label={t('selfRegistration.username')}
                extra={t('selfRegistration.usernameHint')}
                normalize={(value: string) => value.toLowerCase().trim()}
                rules={[
                  req(t('selfRegistration.username')),
                  { pattern: USERNAME_PATTERN, message: t('selfRegistration.usernameFormat') },
                ]}
              >
                <Input autoComplete="username" data-testid="account-username" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name={['account', 'name']}
                label={t('selfRegistration.accountName')}
                rules={[req(t('selfRegistration.accountName'))]}
              >
                <Input maxLength={50} data-testid="account-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['account', 'phone']}
                label={t('selfRegistration.accountPhone')}
                rules={[
                  req(t('selfRegistration.accountPhone')),
                  { pattern: MOBILE_PATTERN, message: t('selfRegistration.mobileFormat') },
                ]}
              >
                <Input maxLength={11} inputMode="numeric" data-testid="account-phone" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['account', 'password']}
                label={t('selfRegistration.password')}
                extra={t('selfRegistration.passwordHint')}
                rules={[
                  req(t('selfRegistration.password')),
                  { min: 8, max: 128, message: t('selfRegistration.passwordHint') },
                ]}
              >
                <Input.Password autoComplete="new-password" data-testid="account-password" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['account', 'confirmPassword']}
                label={t('selfRegistration.confirmPassword')}
                dependencies={[['account', 'password']]}
                rules={[
                  req(t('selfRegistration.confirmPassword')),
                  ({ getFieldValue }) => ({
                    validator: (_, value) =>
                      !value || value === getFieldValue(['account', 'password'])
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('selfRegistration.passwordMismatch'))),
                  }),
                ]}
              >
                <Input.Password autoComplete="new-password" data-testid="account-confirm-password" />
              </Form.Item>
            </Col>
          </Row>
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            loading={submit.isPending}
            data-testid="registration-submit"
          >
            {t('selfRegistration.submit')}
          </Button>
          <Link to="/login" style={{ marginLeft: 16 }}>
            {t('selfRegistration.haveAccount')}
          </Link>
        </Form>
      </Card>
      <LanguageLinks />
    </PublicLayout>
  );
}
