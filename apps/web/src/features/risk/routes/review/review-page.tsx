import type { RiskChange, RiskChangeKind } from '@shuangkong/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { dayjs, formatDate, formatDateTime } from '../../../../shared/format/date.ts';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useRecordChange, useRecordFullReview, useReviewStatus, useRiskChanges } from '../../api/list-api.ts';
import { useRegisterTree } from '../../api/register-api.ts';

const changeKinds: readonly RiskChangeKind[] = ['law', 'organisation', 'process', 'equipment', 'environment'];

/** 风险评审: the full-review cycle, units needing re-assessment, and recorded changes. */
export function ReviewPage() {
  const { t } = useTranslation('risk');
  const { message } = App.useApp();
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? '';
  const status = useReviewStatus(enterpriseId);
  const changes = useRiskChanges(enterpriseId);
  const tree = useRegisterTree(enterpriseId, {});
  const recordFull = useRecordFullReview(enterpriseId);
  const [dialog, setDialog] = useState<'change' | 'full' | null>(null);
  const [changeForm] = Form.useForm<{ kind: RiskChangeKind; description: string; unitIds: string[] }>();
  const recordChange = useFormMutation(changeForm, useRecordChange(enterpriseId), {
    success: t('review.changeRecorded'),
    onSuccess: () => setDialog(null),
  });
  const [fullForm] = Form.useForm<{ completedAt: dayjs.Dayjs; note?: string }>();
  const s = status.data?.data;
  const abilities = status.data?.abilities;
  const unitOptions = (tree.data?.data.objects ?? []).flatMap((o) =>
    o.units.map((u) => ({ value: u.id, label: `${o.name} / ${u.code} ${u.name}` })),
  );
  const statusTag = s ? (
    <Tag
      color={s.status === 'overdue' ? 'red' : s.status === 'dueSoon' ? 'orange' : 'green'}
      data-testid="risk-review-status"
      data-status={s.status}
    >
      {t(
        s.status === 'overdue'
          ? 'review.statusOverdue'
          : s.status === 'dueSoon'
            ? 'review.statusDueSoon'
            : 'review.statusOk',
      )}
    </Tag>
  ) : null;

  return (
    <PageContainer
      title={t('review.title')}
      subTitle={t('review.subtitle')}
      extra={
        <>
          {abilities?.canRecordChange ? (
            <Button onClick={() => setDialog('change')} data-testid="risk-record-change">
              {t('review.recordChange')}
            </Button>
          ) : null}
          {abilities?.canRecordFullReview ? (
            <Button type="primary" onClick={() => setDialog('full')} data-testid="risk-record-full-review">
              {t('review.recordFull')}
            </Button>
          ) : null}
        </>
      }
    >
      {status.error ? (
        <Alert type="error" title={errorMessage(t, status.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card
            title={
              <Space>
                {t('review.dueCard')}
                {statusTag}
              </Space>
            }
            loading={status.isLoading}
            style={{ marginBottom: 16 }}
            data-testid="risk-review-card"
          >
            {s ? (
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('review.dueCard')}>
                  {t('review.interval', { years: s.intervalYears })}
                </Descriptions.Item>
                <Descriptions.Item label={t('review.completedAt')}>
                  {t('review.lastReview', { date: s.lastFullReviewAt ?? t('review.neverReviewed') })}
                </Descriptions.Item>
                <Descriptions.Item label={t('review.dueCard')}>
                  {t('review.dueDate', { date: s.dueDate })}
                </Descriptions.Item>
              </Descriptions>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('review.needing')} style={{ marginBottom: 16 }}>
            <List
              size="small"
              dataSource={s?.unitsNeedingReassessment ?? []}
              data-testid="risk-review-needing"
              locale={{
                emptyText: (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.needingEmpty')} />
                ),
              }}
              renderItem={(u) => (
                <List.Item>
                  <Link to={`/risk/register?unit=${u.unitId}`}>
                    {u.code} {u.name}
                  </Link>
                  <span>{u.reason}</span>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <Card title={t('review.changes')}>
        <Table<RiskChange>
          size="small"
          rowKey="id"
          loading={changes.isLoading}
          dataSource={changes.data?.data ?? []}
          columns={[
            {
              title: t('review.recordedAt'),
              dataIndex: 'recordedAt',
              width: 150,
              render: (v: string) => formatDateTime(v),
            },
            {
              title: t('review.changeKind'),
              dataIndex: 'kind',
              width: 130,
              render: (k: RiskChangeKind) => t(`changeKinds.${k}`),
            },
            { title: t('review.changeDescription'), dataIndex: 'description' },
            {
              title: t('review.affectedUnits'),
              key: 'u',
              render: (_: unknown, c) => c.units.map((u) => u.name).join('、'),
            },
            { title: t('review.recordedBy'), dataIndex: 'recordedByName', width: 100 },
          ]}
        />
      </Card>
      <Modal
        open={dialog === 'change'}
        title={t('review.recordChange')}
        onCancel={() => setDialog(null)}
        onOk={() => changeForm.submit()}
        confirmLoading={recordChange.isPending}
        destroyOnHidden
      >
        <Form
          form={changeForm}
          layout="vertical"
          onFinish={(v) =>
            recordChange.submit({ kind: v.kind, description: v.description.trim(), unitIds: v.unitIds })
          }
        >
          <Form.Item name="kind" label={t('review.changeKind')} rules={[{ required: true }]}>
            <Select
              options={changeKinds.map((k) => ({ value: k, label: t(`changeKinds.${k}`) }))}
              data-testid="risk-change-kind"
            />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('review.changeDescription')}
            rules={[{ required: true, whitespace: true, max: 1000 }]}
          >
            <Input.TextArea rows={3} data-testid="risk-change-description" />
          </Form.Item>
          <Form.Item name="unitIds" label={t('review.affectedUnits')} rules={[{ required: true }]}>
            <Select
              mode="multiple"
              optionFilterProp="label"
              options={unitOptions}
              data-testid="risk-change-units"
            />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={dialog === 'full'}
        title={t('review.recordFull')}
        onCancel={() => setDialog(null)}
        onOk={() => fullForm.submit()}
        confirmLoading={recordFull.isPending}
        destroyOnHidden
      >
        <Form
          form={fullForm}
          layout="vertical"
          initialValues={{ completedAt: dayjs() }}
          onFinish={(v) =>
            recordFull.mutate(
              { completedAt: formatDate(v.completedAt.toISOString()), note: v.note?.trim() ?? '' },
              {
                onSuccess: () => {
                  void message.success(t('common.saved'));
                  setDialog(null);
                },
                onError: (e) => void message.error(errorMessage(t, e)),
              },
            )
          }
        >
          <Form.Item name="completedAt" label={t('review.completedAt')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="note" label={t('review.note')}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
