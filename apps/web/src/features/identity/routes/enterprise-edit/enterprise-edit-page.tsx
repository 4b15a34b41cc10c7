import { App, Button, Card, Form, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorResult } from '../../../../shared/components/error-result.tsx';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { applyApiErrorToForm } from '../../../../shared/forms/apply-api-error.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useEnterprise, useUpdateEnterprise } from '../../api/enterprise-api.ts';
import { EnterpriseFactsFields, toFactsPatch, toFactsValues } from '../../components/enterprise-facts.tsx';
import { EnterpriseFormFields } from '../../components/enterprise-form-fields.tsx';
import {
  toEnterpriseInput,
  toFormValues,
  type EnterpriseFormValues,
} from '../../components/enterprise-form-values.ts';

/** Edits any enterprise by :id, or the user's own at /enterprise/edit. */
export function EnterpriseEditPage() {
  const { t } = useTranslation('enterprise');
  const session = useSession();
  const params = useParams();
  const id = params.id ?? session.enterprise?.id ?? '';
  const backPath = params.id ? `/enterprises/${id}` : '/enterprise';
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const { data, isLoading, error, refetch } = useEnterprise(id);
  const update = useUpdateEnterprise(id);

  if (isLoading)
    return (
      <PageContainer title={t('edit.title')}>
        <Skeleton active />
      </PageContainer>
    );
  if (error || !data) return <ErrorResult error={error} onRetry={() => void refetch()} />;

  const onFinish = (values: EnterpriseFormValues) => {
    const { creditCode: _locked, ...patch } = toEnterpriseInput({
      ...values,
      creditCode: data.data.creditCode,
    });
    update.mutate(
      { ...patch, ...toFactsPatch(values.facts) },
      {
        onSuccess: () => {
          void message.success(t('edit.saved'));
          navigate(backPath);
        },
        onError: (err) => {
          const rest = applyApiErrorToForm(form, err, t);
          if (rest) void message.error(rest);
        },
      },
    );
  };

  return (
    <PageContainer title={t('edit.title')} subTitle={data.data.name}>
      <Card>
        <Form<EnterpriseFormValues>
          form={form}
          layout="vertical"
          initialValues={{ ...toFormValues(data.data), facts: toFactsValues(data.data) }}
          onFinish={onFinish}
          scrollToFirstError
        >
          <EnterpriseFormFields isCreditCodeLocked />
          <EnterpriseFactsFields />
          <Space>
            <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="enterprise-save">
              {t('common:actions.save')}
            </Button>
            <Button onClick={() => navigate(backPath)}>{t('common:actions.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </PageContainer>
  );
}
