import type { ProgressReport, ProgressReportFigures } from '@shuangkong/contracts';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/api/error-message.ts';
import { PageContainer } from '../../../shared/components/page-container.tsx';
import { formatDateTime } from '../../../shared/format/date.ts';
import { useFormMutation } from '../../../shared/forms/use-form-mutation.ts';
import { hasPermission, useSession } from '../../../shared/session/session.ts';
import '../i18n.ts';
import { currentMonth, useReportDraft, useReports, useSubmitReport } from './progress-api.ts';

const stateColor = { submitted: 'blue', accepted: 'green', returned: 'orange' } as const;

type Statements = {
  teamEstablished: boolean;
  rulesEstablished: boolean;
  trainingSessions: number;
  trainedPeople: number;
  problems: string;
  nextSteps: string;
};

function Figures({ f }: { f: ProgressReportFigures }) {
  const { t } = useTranslation('supervision');
  const yes = (b: boolean) => (b ? t('progress.report.yes') : t('progress.report.no'));
  return (
    <Descriptions size="small" column={2} bordered data-testid="progress-report-figures">
      <Descriptions.Item label={t('progress.report.riskUnits')}>
        {f.riskUnits}（
        {t('progress.report.levels', {
          major: f.majorRisks,
          significant: f.significantRisks,
          general: f.generalRisks,
          low: f.lowRisks,
        })}
        ）
      </Descriptions.Item>
      <Descriptions.Item label={t('progress.report.registerApproved')}>
        {yes(f.registerApproved)}
      </Descriptions.Item>
      <Descriptions.Item label={t('progress.report.mapDrawn')}>{yes(f.mapDrawn)}</Descriptions.Item>
      <Descriptions.Item label={t('progress.report.cards')}>
        {f.postsCarded}/{f.posts}
      </Descriptions.Item>
      <Descriptions.Item label={t('progress.report.checklistItems')}>{f.checklistItems}</Descriptions.Item>
      <Descriptions.Item label={t('progress.report.completion')}>
        {f.completionRate === null ? '—' : `${(f.completionRate * 100).toFixed(1)}%`}（{f.tasksDone}/
        {f.tasksDue}）
      </Descriptions.Item>
      <Descriptions.Item label={t('progress.report.hazards')}>
        {f.hazardsFound} / {f.hazardsClosed}
      </Descriptions.Item>
    </Descriptions>
  );
}

/**
 * 建设月报 (seed 003, 附件2): the safety manager reports the month's progress — the figures come
 * from the enterprise's own data, the organisation, training, problems and plans are stated —
 * and reads the regulators' review of earlier months.
 */
export function ProgressReportsPage() {
  const { t } = useTranslation('supervision');
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? '';
  const [month, setMonth] = useState(currentMonth());
  const draft = useReportDraft(enterpriseId, month);
  const reports = useReports(enterpriseId);
  const submitReport = useSubmitReport(enterpriseId);
  const [form] = Form.useForm<Statements>();
  const { submit, isPending } = useFormMutation(form, submitReport, {
    success: t('progress.report.submitted'),
  });
  const existing = draft.data?.existing ?? null;
  const canSubmit =
    hasPermission(session, 'supervision.respond') &&
    hasPermission(session, 'enterprise.update') &&
    (existing === null || existing.state === 'returned');

  useEffect(() => {
    const d = draft.data;
    if (!d) return;
    const from = d.existing ?? d.previous;
    form.setFieldsValue(
      from
        ? {
            teamEstablished: from.teamEstablished,
            rulesEstablished: from.rulesEstablished,
            trainingSessions: from.trainingSessions,
            trainedPeople: from.trainedPeople,
            problems: from.problems,
            nextSteps: from.nextSteps,
          }
        : {
            teamEstablished: false,
            rulesEstablished: false,
            trainingSessions: 0,
            trainedPeople: 0,
            problems: '',
            nextSteps: '',
          },
    );
  }, [draft.data, form]);

  return (
    <PageContainer
      title={t('progress.report.title')}
      extra={
        <Space>
          <Typography.Text type="secondary">{t('progress.report.month')}</Typography.Text>
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            disabledDate={(d) => d.isAfter(dayjs(), 'month')}
            onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
          />
        </Space>
      }
    >
      {draft.error ? (
        <Alert type="error" title={errorMessage(t, draft.error)} style={{ marginBottom: 12 }} />
      ) : null}
      {existing?.state === 'submitted' ? (
        <Alert type="info" title={t('progress.report.alreadySubmitted')} style={{ marginBottom: 12 }} />
      ) : null}
      {existing?.state === 'accepted' ? (
        <Alert type="success" title={t('progress.report.alreadyAccepted')} style={{ marginBottom: 12 }} />
      ) : null}
      {existing?.state === 'returned' ? (
        <Alert
          type="warning"
          title={t('progress.report.returnedNotice', { comment: existing.reviewComment })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Card
        title={t('progress.report.figures')}
        size="small"
        loading={draft.isLoading}
        style={{ marginBottom: 12 }}
      >
        {draft.data ? (
          <Figures f={existing && existing.state !== 'returned' ? existing.figures : draft.data.figures} />
        ) : null}
      </Card>
      <Card title={t('progress.report.statements')} size="small" style={{ marginBottom: 12 }}>
        <Form
          form={form}
          layout="vertical"
          disabled={!canSubmit}
          onFinish={(v) => submit({ month, ...v, problems: v.problems ?? '', nextSteps: v.nextSteps ?? '' })}
          data-testid="progress-report-form"
        >
          <Space size="large" wrap>
            <Form.Item name="teamEstablished" valuePropName="checked">
              <Checkbox>{t('progress.report.teamEstablished')}</Checkbox>
            </Form.Item>
            <Form.Item name="rulesEstablished" valuePropName="checked">
              <Checkbox>{t('progress.report.rulesEstablished')}</Checkbox>
            </Form.Item>
            <Form.Item
              name="trainingSessions"
              label={t('progress.report.trainingSessions')}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} max={1000} precision={0} />
            </Form.Item>
            <Form.Item
              name="trainedPeople"
              label={t('progress.report.trainedPeople')}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} max={100000} precision={0} />
            </Form.Item>
          </Space>
          <Form.Item name="problems" label={t('progress.report.problems')}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item name="nextSteps" label={t('progress.report.nextSteps')}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
          {canSubmit ? (
            <Button type="primary" htmlType="submit" loading={isPending} data-testid="progress-report-submit">
              {existing?.state === 'returned' ? t('progress.report.resubmit') : t('progress.report.submit')}
            </Button>
          ) : null}
        </Form>
      </Card>
      <Card title={t('progress.report.history')} size="small">
        <Table<ProgressReport>
          rowKey="id"
          size="small"
          loading={reports.isLoading}
          dataSource={reports.data ?? []}
          pagination={false}
          locale={{ emptyText: t('progress.report.empty') }}
          data-testid="progress-report-history"
          columns={[
            { title: t('progress.report.month'), dataIndex: 'month', width: 100 },
            {
              title: t('progress.monthly.state'),
              dataIndex: 'state',
              width: 100,
              render: (s: ProgressReport['state']) => (
                <Tag color={stateColor[s]}>{t(`progress.states.${s}`)}</Tag>
              ),
            },
            {
              title: t('progress.monthly.submittedAt'),
              dataIndex: 'submittedAt',
              width: 160,
              render: (v: string) => formatDateTime(v),
            },
            {
              title: t('progress.report.reviewer'),
              dataIndex: 'reviewedByName',
              width: 120,
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('progress.report.reviewComment'),
              dataIndex: 'reviewComment',
              render: (v: string) => v || '—',
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
