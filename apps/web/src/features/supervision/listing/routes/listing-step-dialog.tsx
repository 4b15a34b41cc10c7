import type { ListingDetail } from '@shuangkong/contracts';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Radio, Select, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { dayjs } from '../../../../shared/format/date.ts';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { useSession } from '../../../../shared/session/session.ts';
import {
  listingApi,
  useListingAgencies,
  useListingStep,
  type ListingBodies,
  type ListingStep,
} from '../api/listing-api.ts';
import '../../i18n.ts';

/** The steps a dialog records; the action keys of the detail page map onto the API's steps. */
export type ListingDialogStep = ListingStep;

type Values = {
  agencyUserId?: string;
  note?: string;
  agencyName?: string;
  evaluators?: string;
  date?: Dayjs;
  passed?: boolean;
  conclusion?: string;
  reasons?: string;
  inspectors?: string;
  notice?: string;
  attendees?: string;
  content?: string;
  commitments?: string;
};

const civil = (d: Dayjs | undefined) => (d ? d.format('YYYY-MM-DD') : '');
const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

function bodyOf(
  step: ListingDialogStep,
  v: Values,
  reportFileId: string | null,
): ListingBodies[ListingDialogStep] {
  switch (step) {
    case 'requestEvaluation':
      return { agencyUserId: v.agencyUserId ?? '', ...(v.note ? { note: v.note } : {}) };
    case 'evaluations':
      return {
        agencyName: v.agencyName ?? '',
        evaluators: v.evaluators ?? '',
        evaluatedOn: civil(v.date),
        passed: v.passed ?? false,
        conclusion: v.conclusion ?? '',
        ...(v.reasons ? { reasons: v.reasons } : {}),
        reportFileId: reportFileId ?? '',
      };
    case 'verifications':
      return {
        verifiedOn: civil(v.date),
        inspectors: v.inspectors ?? '',
        passed: v.passed ?? false,
        conclusion: v.conclusion ?? '',
      };
    case 'delisting':
    case 'exposure':
      return { notice: v.notice ?? '' };
    case 'interviews':
      return {
        heldOn: civil(v.date),
        attendees: v.attendees ?? '',
        content: v.content ?? '',
        commitments: v.commitments ?? '',
      };
  }
}

const titleKey: Record<ListingDialogStep, string> = {
  requestEvaluation: 'requestEvaluation',
  evaluations: 'recordEvaluation',
  verifications: 'recordVerification',
  delisting: 'delist',
  interviews: 'recordInterview',
  exposure: 'expose',
};

/** One step's dialog on a listing: its fields, then the page reloads with the new state. */
export function ListingStepDialog({
  listing,
  step,
  onClose,
}: {
  listing: ListingDetail;
  step: ListingDialogStep;
  onClose: () => void;
}) {
  const { t } = useTranslation('supervision');
  const session = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [report, setReport] = useState<{ id: string; name: string } | null>(null);
  const [uploading, setUploading] = useState(false);
  const agencies = useListingAgencies(step === 'requestEvaluation');
  const action = t(`listing.actions.${titleKey[step]}`);
  const { submit, isPending } = useFormMutation(form, useListingStep(listing.id, step), {
    success: t('listing.forms.done'),
    onSuccess: onClose,
  });
  const passed = Form.useWatch('passed', form);
  const required = { required: true, whitespace: true };
  return (
    <Modal
      open
      width={600}
      title={`${action}：${listing.hazardName}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={action}
      okButtonProps={{ danger: step === 'exposure', 'data-testid': 'listing-step-submit' }}
      confirmLoading={isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid={`listing-step-${step}`}
        initialValues={{
          date: dayjs(),
          passed: true,
          ...(step === 'delisting' ? { notice: t('listing.forms.noticeDefault') } : {}),
        }}
        onFinish={(values) => {
          if (step === 'evaluations' && !report) {
            void message.error(t('listing.forms.reportRequired'));
            return;
          }
          submit(bodyOf(step, values, report?.id ?? null));
        }}
      >
        {step === 'requestEvaluation' ? (
          <>
            <Form.Item name="agencyUserId" label={t('listing.forms.agency')} rules={[{ required: true }]}>
              <Select
                loading={agencies.isLoading}
                options={(agencies.data?.data ?? []).map((a) => ({ value: a.userId, label: a.name }))}
                data-testid="listing-agency-select"
              />
            </Form.Item>
            <Form.Item name="note" label={t('listing.forms.note')} rules={[{ max: 1000 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        ) : null}
        {step === 'evaluations' ? (
          <>
            <Form.Item
              name="agencyName"
              label={t('listing.forms.agencyName')}
              rules={[{ ...required, max: 100 }]}
            >
              <Input data-testid="listing-agency-name" />
            </Form.Item>
            <Form.Item
              name="evaluators"
              label={t('listing.forms.evaluators')}
              rules={[{ ...required, max: 200 }]}
            >
              <Input data-testid="listing-evaluators" />
            </Form.Item>
            <Form.Item name="date" label={t('listing.forms.evaluatedOn')} rules={[{ required: true }]}>
              <DatePicker disabledDate={notFuture} style={{ width: '100%' }} />
            </Form.Item>
            <PassedField label={t('listing.forms.passed')} />
            <Form.Item
              name="conclusion"
              label={t('listing.forms.conclusion')}
              rules={[{ ...required, max: 2000 }]}
            >
              <Input.TextArea rows={3} data-testid="listing-conclusion" />
            </Form.Item>
            {passed === false ? (
              <Form.Item
                name="reasons"
                label={t('listing.forms.reasons')}
                rules={[{ ...required, max: 2000 }]}
              >
                <Input.TextArea rows={3} data-testid="listing-reasons" />
              </Form.Item>
            ) : null}
            <Form.Item label={t('listing.forms.report')} required>
              <Flex vertical gap={8}>
                <Upload
                  accept="application/pdf,image/jpeg,image/png"
                  showUploadList={false}
                  customRequest={({ file }) => {
                    setUploading(true);
                    listingApi
                      .uploadReport(listing.id, file as File, session.csrfToken)
                      .then((f) => setReport({ id: f.id, name: f.originalName }))
                      .catch((error: unknown) => void message.error(errorMessage(t, error)))
                      .finally(() => setUploading(false));
                  }}
                >
                  <Button loading={uploading} data-testid="listing-report-upload">
                    {t('listing.forms.upload')}
                  </Button>
                </Upload>
                {report ? (
                  <Typography.Text type="success" data-testid="listing-report-uploaded">
                    {t('listing.forms.uploaded', { name: report.name })}
                  </Typography.Text>
                ) : null}
              </Flex>
            </Form.Item>
          </>
        ) : null}
        {step === 'verifications' ? (
          <>
            <Form.Item name="date" label={t('listing.forms.verifiedOn')} rules={[{ required: true }]}>
              <DatePicker disabledDate={notFuture} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="inspectors"
              label={t('listing.forms.inspectors')}
              rules={[{ ...required, max: 200 }]}
            >
              <Input data-testid="listing-inspectors" />
            </Form.Item>
            <PassedField label={t('listing.forms.verificationPassed')} />
            <Form.Item
              name="conclusion"
              label={t('listing.forms.verificationConclusion')}
              rules={[{ ...required, max: 2000 }]}
            >
              <Input.TextArea rows={3} data-testid="listing-conclusion" />
            </Form.Item>
          </>
        ) : null}
        {step === 'delisting' || step === 'exposure' ? (
          <Form.Item
            name="notice"
            label={t(step === 'delisting' ? 'listing.forms.notice' : 'listing.forms.exposureNotice')}
            rules={[{ ...required, max: 2000 }]}
          >
            <Input.TextArea rows={4} data-testid="listing-notice" />
          </Form.Item>
        ) : null}
        {step === 'interviews' ? (
          <>
            <Form.Item name="date" label={t('listing.forms.heldOn')} rules={[{ required: true }]}>
              <DatePicker disabledDate={notFuture} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="attendees"
              label={t('listing.forms.attendees')}
              rules={[{ ...required, max: 500 }]}
            >
              <Input data-testid="listing-attendees" />
            </Form.Item>
            <Form.Item name="content" label={t('listing.forms.content')} rules={[{ ...required, max: 2000 }]}>
              <Input.TextArea rows={3} data-testid="listing-content" />
            </Form.Item>
            <Form.Item
              name="commitments"
              label={t('listing.forms.commitments')}
              rules={[{ ...required, max: 2000 }]}
            >
              <Input.TextArea rows={3} data-testid="listing-commitments" />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}

function PassedField({ label }: { label: string }) {
  const { t } = useTranslation('supervision');
  return (
    <Form.Item name="passed" label={label} rules={[{ required: true }]}>
      <Radio.Group data-testid="listing-passed">
        <Radio value={true}>{t('listing.forms.passedYes')}</Radio>
        <Radio value={false}>{t('listing.forms.passedNo')}</Radio>
      </Radio.Group>
    </Form.Item>
  );
}
