import { App, Button, Card, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { applyApiErrorToForm } from '../../../../shared/forms/apply-api-error.ts';
import { useRegisterEnterprise } from '../../api/enterprise-api.ts';
import { EnterpriseFormFields } from '../../components/enterprise-form-fields.tsx';
import { toEnterpriseInput, type EnterpriseFormValues } from '../../components/enterprise-form-values.ts';

/** 企业注册 by a regulator, for an enterprise within its remit. */
export function EnterpriseRegisterPage() {
  const { t } = useTranslation('enterprise');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const register = useRegisterEnterprise();

  const onFinish = (values: EnterpriseFormValues) =>
    register.mutate(toEnterpriseInput(values), {
      onSuccess: ({ data }) => {
        void message.success(t('register.done'));
        navigate(`/enterprises/${data.id}`);
      },
      onError: (error) => {
        const rest = applyApiErrorToForm(form, error, t);
        if (rest) void message.error(rest);
      },
    });

  return (
    <PageContainer title={t('register.title')} subTitle={t('register.subtitle')}>
      <Card>
        <Form<EnterpriseFormValues> form={form} layout="vertical" onFinish={onFinish} scrollToFirstError>
          <EnterpriseFormFields />
          <Space>
            <Button
              type="primary"
              htmlType="submit"
              loading={register.isPending}
              data-testid="enterprise-submit"
            >
              {t('register.submit')}
            </Button>
            <Button onClick={() => navigate(-1)}>{t('common:actions.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </PageContainer>
  );
}
