import { Button, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormMutation } from '../../../shared/forms/use-form-mutation.ts';
import { useReviewEnterprise, type ReviewInput } from '../api/enterprise-api.ts';

type Props = { enterpriseId: string; enterpriseName: string; open: boolean; onClose: () => void };

/** 审核: approve, or reject with a reason the enterprise will read. */
export function ReviewModal({ enterpriseId, enterpriseName, open, onClose }: Props) {
  const { t } = useTranslation('enterprise');
  const [form] = Form.useForm<ReviewInput>();
  const review = useFormMutation(form, useReviewEnterprise(enterpriseId), {
    success: (_, input) => (input.decision === 'approve' ? t('review.approved') : t('review.rejected')),
    onSuccess: () => {
      form.resetFields();
      onClose();
    },
  });
  const decision = Form.useWatch('decision', form);

  const submit = (values: ReviewInput) =>
    review.submit({ decision: values.decision, reason: (values.reason ?? '').trim() });

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
