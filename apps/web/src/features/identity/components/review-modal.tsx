import { App, Button, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyApiErrorToForm } from '../../../shared/forms/apply-api-error.ts';
import { useReviewEnterprise, type ReviewInput } from '../api/enterprise-api.ts';

type Props = { enterpriseId: string; enterpriseName: string; open: boolean; onClose: () => void };

/** 审核: approve, or reject with a reason the enterprise will read. */
export function ReviewModal({ enterpriseId, enterpriseName, open, onClose }: Props) {
  const { t } = useTranslation('enterprise');
  const { message } = App.useApp();
  const [form] = Form.useForm<ReviewInput>();
  const review = useReviewEnterprise(enterpriseId);
  const decision = Form.useWatch('decision', form);

  const submit = (values: ReviewInput) =>
    review.mutate(
      { decision: values.decision, reason: (values.reason ?? '').trim() },
      {
        onSuccess: () => {
          void message.success(values.decision === 'approve' ? t('review.approved') : t('review.rejected'));
          form.resetFields();
          onClose();
        },
        onError: (error) => {
          const rest = applyApiErrorToForm(form, error, t);
          if (rest) void message.error(rest);
        },
      },
    );

  return (
    <Modal
      open={open}
      title={`${t('review.title')} · ${enterpriseName}`}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common:actions.cancel')}
        </Button>,
        <Button
          key="submit"
          type="primary"
          danger={decision === 'reject'}
          loading={review.isPending}
          onClick={() => form.submit()}
          data-testid="review-submit"
        >
          {t('common:actions.submit')}
        </Button>,
      ]}
    >
      <Form<ReviewInput>
        form={form}
        layout="vertical"
        initialValues={{ decision: 'approve', reason: '' }}
        onFinish={submit}
      >
        <Form.Item name="decision">
          <Radio.Group optionType="button" buttonStyle="solid">
            {/* antd forwards data-* to the hidden input; the visible label carries the test id. */}
            <Radio.Button value="approve">
              <span data-testid="review-approve">{t('review.approve')}</span>
            </Radio.Button>
            <Radio.Button value="reject">
              <span data-testid="review-reject">{t('review.reject')}</span>
            </Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('review.reason')}
          rules={[{ required: decision === 'reject', whitespace: true, message: t('review.reasonRequired') }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={500}
            showCount
            placeholder={t('review.reasonPlaceholder')}
            data-testid="review-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
