import { dangerSrcNames, hazardFoundBy } from '@shuangkong/contracts';
import { Checkbox, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { useReportHazard, type ReportBody } from '../../api/hazard-api.ts';
import { codesOf } from '../../components/hazard-model.ts';
import { PhotoUpload } from '../../components/photo-upload.tsx';
import { UnitSelect } from '../../components/unit-select.tsx';

type Values = {
  name: string;
  description: string;
  cause?: string;
  dangerSrc: number;
  foundBy: ReportBody['foundBy'];
  unitId?: string;
  location?: string;
  beforePhotoIds?: string[];
  reporterHidden?: boolean;
};

/** 登记隐患: the full report, with the national source code; opens the new hazard when saved. */
export function ReportDialog({ enterpriseId, onClose }: { enterpriseId: string; onClose: () => void }) {
  const { t } = useTranslation('hazard');
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { submit, isPending } = useFormMutation(form, useReportHazard(enterpriseId), {
    success: t('report.done'),
    onSuccess: (answer) => {
      onClose();
      void navigate(`/hazards/${answer.data.id}`);
    },
  });
  const toBody = (v: Values): ReportBody => ({
    name: v.name,
    description: v.description,
    cause: v.cause?.trim() ? v.cause : undefined,
    dangerSrc: v.dangerSrc,
    foundBy: v.foundBy,
    unitId: v.unitId ?? null,
    location: v.location?.trim() ? v.location : undefined,
    beforePhotoIds: v.beforePhotoIds ?? [],
    reporterHidden: v.reporterHidden ?? false,
  });
  return (
    <Modal
      open
      width={720}
      title={t('report.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'hazard-report-submit' }}
      confirmLoading={isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="hazard-report-form"
        initialValues={{ foundBy: 'self', dangerSrc: 1, reporterHidden: false }}
        onFinish={(values) => submit(toBody(values))}
      >
        <Form.Item
          name="name"
          label={t('fields.name')}
          rules={[{ required: true, whitespace: true, max: 300 }]}
        >
          <Input data-testid="hazard-report-name" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('fields.description')}
          rules={[{ required: true, whitespace: true, max: 2000 }]}
        >
          <Input.TextArea rows={3} data-testid="hazard-report-description" />
        </Form.Item>
        <Form.Item name="cause" label={t('fields.cause')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="dangerSrc" label={t('fields.dangerSrc')} rules={[{ required: true }]}>
              <Select
                options={codesOf(dangerSrcNames).map((c) => ({ value: c, label: t(`codes.dangerSrc.${c}`) }))}
                data-testid="hazard-report-source"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="foundBy" label={t('fields.foundBy')} rules={[{ required: true }]}>
              <Select options={hazardFoundBy.options.map((f) => ({ value: f, label: t(`foundBy.${f}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="unitId" label={t('fields.unit')}>
              <UnitSelect enterpriseId={enterpriseId} placeholder={t('report.unitOptional')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="location" label={t('fields.location')} rules={[{ max: 200 }]}>
              <Input placeholder={t('report.locationPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="beforePhotoIds" label={t('fields.beforePhotos')} extra={t('photos.max')}>
          <PhotoUpload testId="hazard-report-photos" />
        </Form.Item>
        <Form.Item name="reporterHidden" valuePropName="checked">
          <Checkbox>{t('fields.reporterHidden')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
