import type { InspectionTask } from '@shuangkong/contracts';
import { checkAnswer } from '@shuangkong/contracts';
import { Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormMutation } from '../../../shared/forms/use-form-mutation.ts';
import { useSubmitRecord } from '../api/inspection-api.ts';
import { PhotoCapture } from './photo-capture.tsx';

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
  const { submit, isPending } = useFormMutation(form, useSubmitRecord(props.enterpriseId), {
    success: t('record.submitted'),
    ...(props.onDone ? { onSuccess: props.onDone } : {}),
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      data-testid="inspection-record-form"
      initialValues={{ answer: 'normal' }}
      onFinish={(values) =>
        submit({
          taskId: props.task.id,
          body: {
            answers: [
              {
                itemId: props.task.itemId,
                answer: values.answer,
                note: values.note ?? '',
                photoFileIds: values.answer === 'abnormal' ? (values.photoFileIds ?? []) : [],
              },
            ],
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
          getFieldValue('answer') === 'abnormal' ? (
            <Form.Item name="photoFileIds" label={t('record.photos')} extra={t('record.photoHint')}>
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
