import { EditOutlined } from '@ant-design/icons';
import { majorSourceKind, type MajorSourceFacts } from '@shuangkong/contracts';
import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormMutation } from '../../../shared/forms/use-form-mutation.ts';
import { dayjs } from '../../../shared/format/date.ts';
import { useSaveMajorSourceFacts } from '../api/card-api.ts';

type Values = {
  registrationCode?: string | null;
  kind?: MajorSourceFacts['kind'];
  involvesHazardousProcess?: boolean | null;
  filingDate?: dayjs.Dayjs | null;
  filingValidUntil?: dayjs.Dayjs | null;
  lastAssessmentYear?: number | null;
  inServiceDate?: dayjs.Dayjs | null;
  exposedPopulation?: number | null;
};

const day = (v: string | null) => (v ? dayjs(v) : null);
const iso = (v: dayjs.Dayjs | null | undefined) => (v ? v.format('YYYY-MM-DD') : null);

function FactsModal({
  enterpriseId,
  objectId,
  facts,
  onClose,
}: {
  enterpriseId: string;
  objectId: string;
  facts: MajorSourceFacts;
  onClose: () => void;
}) {
  const { t } = useTranslation('risk');
  const [form] = Form.useForm<Values>();
  const save = useFormMutation(form, useSaveMajorSourceFacts(enterpriseId, objectId), {
    success: t('common.saved'),
    onSuccess: onClose,
  });
  return (
    <Modal
      open
      title={t('majorSources.facts.editTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'risk-ms-facts-save' }}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          ...facts,
          filingDate: day(facts.filingDate),
          filingValidUntil: day(facts.filingValidUntil),
          inServiceDate: day(facts.inServiceDate),
        }}
        onFinish={(v) =>
          save.submit({
            registrationCode: v.registrationCode?.trim() || null,
            kind: v.kind ?? null,
            involvesHazardousProcess: v.involvesHazardousProcess ?? null,
            filingDate: iso(v.filingDate),
            filingValidUntil: iso(v.filingValidUntil),
            lastAssessmentYear: v.lastAssessmentYear ?? null,
            inServiceDate: iso(v.inServiceDate),
            exposedPopulation: v.exposedPopulation ?? null,
          })
        }
      >
        <Form.Item
          name="registrationCode"
          label={t('majorSources.facts.registrationCode')}
          extra={t('object.majorSourceCodeHint')}
          rules={[{ max: 50 }]}
        >
          <Input data-testid="risk-ms-facts-code" />
        </Form.Item>
        <Form.Item name="kind" label={t('majorSources.facts.kind')}>
          <Select
            allowClear
            data-testid="risk-ms-facts-kind"
            options={majorSourceKind.options.map((k) => ({ value: k, label: t(`majorSources.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="involvesHazardousProcess" label={t('majorSources.facts.hazardousProcess')}>
          <Radio.Group
            data-testid="risk-ms-facts-process"
            options={[
              { value: true, label: t('majorSources.facts.yes') },
              { value: false, label: t('majorSources.facts.no') },
            ]}
          />
        </Form.Item>
        <Form.Item name="filingDate" label={t('majorSources.facts.filingDate')}>
          <DatePicker style={{ width: 200 }} data-testid="risk-ms-facts-filing" />
        </Form.Item>
        <Form.Item name="filingValidUntil" label={t('majorSources.facts.filingValidUntil')}>
          <DatePicker style={{ width: 200 }} data-testid="risk-ms-facts-valid" />
        </Form.Item>
        <Form.Item name="lastAssessmentYear" label={t('majorSources.facts.lastAssessmentYear')}>
          <InputNumber min={1950} max={new Date().getFullYear()} precision={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="inServiceDate" label={t('majorSources.facts.inServiceDate')}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="exposedPopulation" label={t('majorSources.population')}>
          <InputNumber min={0} precision={0} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 备案信息: a major source's facts as filed, the registration code flagged while it is missing. */
export function MajorSourceFactsCard({
  enterpriseId,
  objectId,
  facts,
  canEdit,
}: {
  enterpriseId: string;
  objectId: string;
  facts: MajorSourceFacts;
  canEdit: boolean;
}) {
  const { t } = useTranslation('risk');
  const [editing, setEditing] = useState(false);
  const none = t('common.none');
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={t('majorSources.facts.title')}
      data-testid="risk-ms-facts"
      extra={
        canEdit ? (
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => setEditing(true)}
            data-testid="risk-ms-facts-edit"
          >
            {t('common.edit')}
          </Button>
        ) : null
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label={t('majorSources.facts.registrationCode')}>
          {facts.registrationCode ? (
            <span data-testid="risk-ms-facts-code-value">{facts.registrationCode}</span>
          ) : (
            <Typography.Text type="danger" data-testid="risk-ms-facts-code-missing">
              {t('majorSources.facts.codeMissing')}
            </Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('majorSources.facts.kind')}>
          {facts.kind ? t(`majorSources.kinds.${facts.kind}`) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('majorSources.facts.hazardousProcess')}>
          {facts.involvesHazardousProcess === null
            ? none
            : t(facts.involvesHazardousProcess ? 'majorSources.facts.yes' : 'majorSources.facts.no')}
        </Descriptions.Item>
        <Descriptions.Item label={t('majorSources.facts.filingDate')}>
          {facts.filingDate ?? none}
        </Descriptions.Item>
        <Descriptions.Item label={t('majorSources.facts.filingValidUntil')}>
          {facts.filingValidUntil ?? none}
        </Descriptions.Item>
        <Descriptions.Item label={t('majorSources.facts.lastAssessmentYear')}>
          {facts.lastAssessmentYear ?? none}
        </Descriptions.Item>
        <Descriptions.Item label={t('majorSources.facts.inServiceDate')}>
          {facts.inServiceDate ?? none}
        </Descriptions.Item>
        <Descriptions.Item label={t('majorSources.population')}>
          {facts.exposedPopulation ?? none}
        </Descriptions.Item>
      </Descriptions>
      {editing ? (
        <FactsModal
          enterpriseId={enterpriseId}
          objectId={objectId}
          facts={facts}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </Card>
  );
}
