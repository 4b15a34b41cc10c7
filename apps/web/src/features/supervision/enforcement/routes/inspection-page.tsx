import type { InspectionDetail } from '@shuangkong/contracts';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { dayjs, formatDate, formatDateTime } from '../../../../shared/format/date.ts';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { useInspection, usePublishInspection, useRecordInspection } from '../api/enforcement-api.ts';
import { useEnforcementT } from './enforcement-shared.tsx';
import { PenaltyDialog, PenaltyTable } from './inspections-tab.tsx';

/** 执法检查: one inspection — record its result with findings (责令整改), penalties, publication. */
export function InspectionPage() {
  const t = useEnforcementT();
  const { t: tc } = useTranslation();
  const { enterpriseId = '', id = '' } = useParams();
  const q = useInspection(enterpriseId, id);
  const i = q.data?.data;
  return (
    <PageContainer
      title={i ? `${i.enterpriseName} · ${t(`kind.${i.kind}`)}` : t('draws.inspection')}
      extra={<Link to="/enforcement?tab=inspections">{t('inspections.back')}</Link>}
    >
      {q.error ? <Alert type="error" title={errorMessage(tc, q.error)} /> : null}
      {i ? <InspectionBody i={i} /> : null}
    </PageContainer>
  );
}

function InspectionBody({ i }: { i: InspectionDetail }) {
  const t = useEnforcementT();
  const { t: tc } = useTranslation();
  const publish = usePublishInspection(i.enterpriseId, i.id);
  const [penalty, setPenalty] = useState(false);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label={t('fields.enterprise')}>{i.enterpriseName}</Descriptions.Item>
        <Descriptions.Item label={t('fields.regulator')}>{i.regulatorName}</Descriptions.Item>
        <Descriptions.Item label={t('fields.inspectors')}>{i.inspectorNames.join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('fields.experts')}>
          {[...i.expertNames, ...(i.agencyName ? [i.agencyName] : [])].join('、') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.inspectedOn')}>
          {i.state === 'recorded' ? formatDate(i.inspectedOn) : <Tag color="blue">{t('state.planned')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.published')}>
          {i.isPublished ? <Tag color="green">{formatDateTime(i.publishedAt)}</Tag> : '—'}
          {i.canPublish ? (
            <Popconfirm title={t('inspections.publish')} onConfirm={() => publish.mutate(undefined)}>
              <Button size="small" data-testid="inspection-publish">
                {t('inspections.publish')}
              </Button>
            </Popconfirm>
          ) : null}
        </Descriptions.Item>
        {i.summary ? (
          <Descriptions.Item label={t('fields.summary')} span={2}>
            {i.summary}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {publish.error ? <Alert type="error" title={errorMessage(tc, publish.error)} /> : null}
      {i.canRecord ? <RecordForm i={i} /> : null}
      {i.state === 'recorded' ? (
        <Card size="small" title={t('fields.findings')}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={i.findings}
            data-testid="inspection-findings"
            columns={[
              { title: '#', dataIndex: 'seq', width: 40 },
              { title: t('fields.description'), dataIndex: 'description' },
              {
                title: t('fields.grade'),
                dataIndex: 'grade',
                width: 90,
                render: (g: 'general' | 'major') => (
                  <Tag color={g === 'major' ? 'red' : undefined}>{t(`grade.${g}`)}</Tag>
                ),
              },
              { title: t('fields.orderNo'), dataIndex: 'orderNo' },
              { title: t('fields.deadline'), dataIndex: 'deadline', width: 110 },
              {
                title: t('fields.hazard'),
                width: 100,
                render: (_, f) => (
                  <Link to={`/enterprises/${i.enterpriseId}/hazards/${f.hazardId}`}>
                    {t('inspections.hazardLink')}
                  </Link>
                ),
              },
            ]}
          />
        </Card>
      ) : null}
      {i.state === 'recorded' ? (
        <Card
          size="small"
          title={t('fields.penalties')}
          extra={
            i.canPublish || i.isPublished ? (
              <Button size="small" onClick={() => setPenalty(true)} data-testid="inspection-add-penalty">
                {t('inspections.addPenalty')}
              </Button>
            ) : null
          }
        >
          <PenaltyTable rows={i.penalties} />
        </Card>
      ) : null}
      {penalty ? (
        <PenaltyDialog enterpriseId={i.enterpriseId} inspectionId={i.id} onClose={() => setPenalty(false)} />
      ) : null}
    </Space>
  );
}

type FindingRow = {
  description: string;
  legalBasis?: string;
  grade: 'general' | 'major';
  orderNo: string;
  rectifyWithinWorkingDays: number;
};
type RecordValues = { inspectedOn: dayjs.Dayjs; summary: string; findings: FindingRow[] };

function RecordForm({ i }: { i: InspectionDetail }) {
  const t = useEnforcementT();
  const [form] = Form.useForm<RecordValues>();
  const save = useFormMutation(form, useRecordInspection(i.enterpriseId, i.id), {
    success: t('inspections.record'),
  });
  return (
    <Card size="small" title={t('inspections.record')}>
      <Form<RecordValues>
        form={form}
        layout="vertical"
        initialValues={{ inspectedOn: dayjs(), findings: [] }}
        onFinish={(v) =>
          save.submit({
            inspectedOn: v.inspectedOn.format('YYYY-MM-DD'),
            summary: v.summary,
            findings: v.findings.map((f) => ({ ...f, legalBasis: f.legalBasis?.trim() || null })),
          })
        }
      >
        <Form.Item name="inspectedOn" label={t('fields.inspectedOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="summary" label={t('fields.summary')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={2} data-testid="record-summary" />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('inspections.findingHint')}</Typography.Paragraph>
        <Form.List name="findings">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 8 }}
                  extra={
                    <Button size="small" onClick={() => remove(field.name)}>
                      ×
                    </Button>
                  }
                >
                  <Form.Item
                    name={[field.name, 'description']}
                    label={t('fields.description')}
                    rules={[{ required: true, max: 1000 }]}
                  >
                    <Input.TextArea rows={2} data-testid="finding-description" />
                  </Form.Item>
                  <Space wrap>
                    <Form.Item name={[field.name, 'grade']} label={t('fields.grade')} initialValue="general">
                      <Select
                        style={{ width: 120 }}
                        options={(['general', 'major'] as const).map((g) => ({
                          value: g,
                          label: t(`grade.${g}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'orderNo']}
                      label={t('fields.orderNo')}
                      rules={[{ required: true, max: 60 }]}
                    >
                      <Input style={{ width: 220 }} data-testid="finding-order-no" />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'rectifyWithinWorkingDays']}
                      label={t('fields.rectifyWithin')}
                      initialValue={10}
                      rules={[{ required: true }]}
                    >
                      <InputNumber min={1} max={180} />
                    </Form.Item>
                  </Space>
                  <Form.Item name={[field.name, 'legalBasis']} label={t('fields.legalBasis')}>
                    <Input maxLength={300} />
                  </Form.Item>
                </Card>
              ))}
              <Button onClick={() => add()} style={{ marginBottom: 12 }} data-testid="finding-add">
                {t('inspections.addFinding')}
              </Button>
            </>
          )}
        </Form.List>
        <div>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="record-submit">
            {t('inspections.record')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
