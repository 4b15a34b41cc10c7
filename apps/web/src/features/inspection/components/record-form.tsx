import { randomId } from '../../../shared/utils/random-id.ts';
import type { InspectionTask } from '@shuangkong/contracts';
import { checkAnswer } from '@shuangkong/contracts';
import type { SubmitInspectionRecordBody } from '@shuangkong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../shared/api/client.ts';
import { useFormMutation } from '../../../shared/forms/use-form-mutation.ts';
import { inspectionKeys, inspectionPaths } from '../api/inspection-api.ts';
import { enqueueRecord, isNetworkFailure } from '../offline/record-queue.ts';
import { isLocalPhoto, localPhotoFiles, PhotoCapture } from './photo-capture.tsx';

type Values = { answer: 'normal' | 'abnormal' | 'notApplicable'; note?: string; photoFileIds?: string[] };

/**
 * The answer to one task's item: normal / abnormal / not applicable, with a note; an abnormal
 * answer takes photos on the spot, which go with the finding into the hazard it becomes.
 */
export function RecordForm(props: {
  enterpriseId: string;
  task: InspectionTask;
  byMobile: boolean;
  /** Answered on the unit's page opened by scanning its card's QR code. */
  scanned?: boolean;
  onDone?: () => void;
}) {
  const { t } = useTranslation('inspection');
  const [form] = Form.useForm<Values>();
  // The record's own id from the moment the form opens: sending it twice is still one record.
  const [clientRecordId] = useState(() => randomId());
  const [queued, setQueued] = useState(false);
  const client = useQueryClient();
  const send = useMutation({
    // Not paused while offline (react-query's default): without a network it queues on the phone.
    networkMode: 'always',
    mutationFn: async ({ body, photoRefs }: { body: SubmitInspectionRecordBody; photoRefs: string[] }) => {
      const uploaded = photoRefs.filter((r) => !isLocalPhoto(r));
      const answers = body.answers.map((a) => ({ ...a, photoFileIds: uploaded }));
      const checkedAt = new Date().toISOString();
      // On a phone, a record made without a network waits in the phone's queue instead of failing.
      const queue = async () => {
        await enqueueRecord({
          clientRecordId,
          enterpriseId: props.enterpriseId,
          taskId: props.task.id,
          label: `${props.task.unitName} · ${props.task.measureContent}`,
          body: { ...body, answers },
          photos: localPhotoFiles(photoRefs),
          checkedAt,
          queuedAt: checkedAt,
          error: null,
        });
        return { queued: true };
      };
      if (props.byMobile && (uploaded.length !== photoRefs.length || !navigator.onLine)) return queue();
      try {
        await api.post(inspectionPaths.records(props.enterpriseId, props.task.id), {
          ...body,
          answers,
          clientRecordId,
        });
        return { queued: false };
      } catch (error) {
        if (props.byMobile && isNetworkFailure(error)) return queue();
        throw error;
      }
    },
    onSuccess: ({ queued: q }) => {
      if (q) setQueued(true);
      else void client.invalidateQueries({ queryKey: inspectionKeys.all(props.enterpriseId) });
    },
  });
  const { submit, isPending } = useFormMutation(form, send, {
    success: (r) => t(r.queued ? 'offline.saved' : 'record.submitted'),
    ...(props.onDone ? { onSuccess: props.onDone } : {}),
  });
  if (queued)
    return (
      <Alert type="warning" showIcon title={t('offline.savedHint')} data-testid="inspection-record-queued" />
    );
  // The enterprise takes checks only from the unit's page opened by scanning its card.
  if (props.task.scanRequired && !props.scanned)
    return <Alert type="info" showIcon title={t('record.scanFirst')} data-testid="inspection-scan-first" />;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      data-testid="inspection-record-form"
      initialValues={{ answer: 'normal' }}
      onFinish={(values) =>
        submit({
          photoRefs:
            values.answer === 'abnormal' || props.task.photoRequired ? (values.photoFileIds ?? []) : [],
          body: {
            answers: [{ itemId: props.task.itemId, answer: values.answer, note: values.note ?? '' }],
            byMobile: props.byMobile,
            scanned: props.scanned ?? false,
          },
        })
      }
    >
      <Form.Item name="answer" rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={checkAnswer.options.map((a) => ({ value: a, label: t(`answers.${a}`) }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('record.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item noStyle dependencies={['answer']}>
        {({ getFieldValue }) =>
          getFieldValue('answer') === 'abnormal' || props.task.photoRequired ? (
            <Form.Item
              name="photoFileIds"
              label={t('record.photos')}
              extra={t(props.task.photoRequired ? 'record.photoRequiredHint' : 'record.photoHint')}
              rules={
                props.task.photoRequired
                  ? [{ required: true, type: 'array', min: 1, message: t('record.photoRequired') }]
                  : []
              }
            >
              <PhotoCapture />
            </Form.Item>
          ) : null
        }
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={isPending}
        block={props.byMobile}
        data-testid="inspection-record-submit"
      >
        {t('record.submit')}
      </Button>
    </Form>
  );
}
