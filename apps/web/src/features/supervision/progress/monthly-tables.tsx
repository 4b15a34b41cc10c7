import { DownloadOutlined } from '@ant-design/icons';
import {
  PROGRESS_MILESTONES,
  type Attachment2Row,
  type ProgressDimension,
  type ProgressGroup,
  type ProgressReport,
} from '@shuangkong/contracts';
import { Alert, Button, Flex, Form, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../shared/api/error-message.ts';
import { formatDateTime } from '../../../shared/format/date.ts';
import { useFormMutation } from '../../../shared/forms/use-form-mutation.ts';
import '../i18n.ts';
import {
  attachmentXlsxUrl,
  useAttachment2,
  useAttachment3,
  useReviewReport,
  type ProgressFilters,
} from './progress-api.ts';

const stateColor = { submitted: 'blue', accepted: 'green', returned: 'orange' } as const;
const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

/** The monthly tables of seed 003: 附件2 (one row per enterprise, with its report) and 附件3 (per department). */
export function MonthlyTables({ filters }: { filters: ProgressFilters }) {
  const { t } = useTranslation('supervision');
  const [which, setWhich] = useState<2 | 3>(3);
  const [by, setBy] = useState<ProgressDimension>('department');
  return (
    <>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Segmented<2 | 3>
          value={which}
          onChange={setWhich}
          options={[
            { value: 3, label: t('progress.monthly.attachment3') },
            { value: 2, label: t('progress.monthly.attachment2') },
          ]}
          data-testid="progress-attachment"
        />
        {which === 3 ? (
          <Segmented<ProgressDimension>
            value={by}
            onChange={setBy}
            options={(['department', 'township', 'industry'] as const).map((d) => ({
              value: d,
              label: t(`progress.by.${d}`),
            }))}
          />
        ) : null}
        <Button
          icon={<DownloadOutlined />}
          href={attachmentXlsxUrl(which, filters, which === 3 ? by : undefined)}
          download
          data-testid="progress-export"
        >
          {t('progress.monthly.export')}
        </Button>
      </Flex>
      {which === 3 ? <Attachment3Table filters={filters} by={by} /> : <Attachment2Table filters={filters} />}
    </>
  );
}

function Attachment3Table({ filters, by }: { filters: ProgressFilters; by: ProgressDimension }) {
  const { t } = useTranslation('supervision');
  const table = useAttachment3(filters, by);
  const rows = table.data
    ? [...table.data.rows, { key: '__total', name: t('progress.dashboard.totals'), ...table.data.totals }]
    : [];
  const cell = (n: number, total: number) =>
    `${n}（${total === 0 ? '—' : `${((n / total) * 100).toFixed(1)}%`}）`;
  return (
    <>
      {table.error ? <Alert type="error" title={errorMessage(t, table.error)} /> : null}
      <Table<ProgressGroup>
        rowKey="key"
        size="small"
        bordered
        loading={table.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1300 }}
        data-testid="progress-attachment3"
        columns={[
          {
            title: t(`progress.by.${by}`),
            dataIndex: 'name',
            width: 180,
            fixed: 'left',
            render: (n: string) => n || t('progress.dashboard.unassigned'),
          },
          { title: t('progress.dashboard.total'), dataIndex: 'total', width: 90, align: 'right' },
          ...PROGRESS_MILESTONES.map((key) => ({
            key,
            title: t(`progress.milestones.${key}`),
            width: 120,
            render: (_: unknown, g: ProgressGroup) => cell(g.reached[key], g.total),
          })),
          {
            key: 'complete',
            title: t('progress.dashboard.complete'),
            width: 110,
            render: (_: unknown, g: ProgressGroup) => cell(g.complete, g.total),
          },
        ]}
      />
    </>
  );
}

function Attachment2Table({ filters }: { filters: ProgressFilters }) {
  const { t } = useTranslation('supervision');
  const table = useAttachment2(filters);
  const [reviewing, setReviewing] = useState<ProgressReport | null>(null);
  return (
    <>
      {table.error ? <Alert type="error" title={errorMessage(t, table.error)} /> : null}
      <Table<Attachment2Row>
        rowKey="enterpriseId"
        size="small"
        bordered
        loading={table.isLoading}
        dataSource={table.data?.rows ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 1300 }}
        data-testid="progress-attachment2"
        expandable={{
          rowExpandable: (r) => r.report !== null,
          expandedRowRender: (r) =>
            r.report ? (
              <Flex vertical gap={4}>
                <Typography.Text>
                  {t('progress.report.teamEstablished')}：
                  {r.report.teamEstablished ? t('progress.report.yes') : t('progress.report.no')}；
                  {t('progress.report.rulesEstablished')}：
                  {r.report.rulesEstablished ? t('progress.report.yes') : t('progress.report.no')}；
                  {t('progress.report.trainingSessions')} {r.report.trainingSessions}，
                  {t('progress.report.trainedPeople')} {r.report.trainedPeople}
                </Typography.Text>
                <Typography.Text>
                  {t('progress.report.problems')}：{r.report.problems || '—'}
                </Typography.Text>
                <Typography.Text>
                  {t('progress.report.nextSteps')}：{r.report.nextSteps || '—'}
                </Typography.Text>
                {r.report.reviewComment ? (
                  <Typography.Text type="secondary">
                    {t('progress.report.reviewComment')}：{r.report.reviewComment}
                  </Typography.Text>
                ) : null}
              </Flex>
            ) : null,
        }}
        columns={[
          {
            title: t('progress.list.enterprise'),
            dataIndex: 'enterpriseName',
            width: 220,
            fixed: 'left',
            render: (name: string, r) => <Link to={`/enterprises/${r.enterpriseId}`}>{name}</Link>,
          },
          {
            title: t('progress.list.township'),
            dataIndex: 'townshipName',
            width: 110,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('progress.monthly.risks'),
            key: 'risks',
            width: 150,
            render: (_: unknown, r) =>
              `${r.figures.riskUnits}（${r.figures.majorRisks}/${r.figures.significantRisks}/${r.figures.generalRisks}/${r.figures.lowRisks}）`,
          },
          {
            title: t('progress.milestones.mapDrawn'),
            key: 'map',
            width: 100,
            render: (_: unknown, r) =>
              r.figures.mapDrawn ? t('progress.report.yes') : t('progress.report.no'),
          },
          {
            title: t('progress.report.cards'),
            key: 'cards',
            width: 120,
            render: (_: unknown, r) => `${r.figures.postsCarded}/${r.figures.posts}`,
          },
          {
            title: t('progress.monthly.completionRate'),
            key: 'rate',
            width: 100,
            render: (_: unknown, r) => percent(r.figures.completionRate),
          },
          {
            title: t('progress.monthly.hazards'),
            key: 'hazards',
            width: 110,
            render: (_: unknown, r) => `${r.figures.hazardsFound}/${r.figures.hazardsClosed}`,
          },
          {
            title: t('progress.monthly.state'),
            key: 'state',
            width: 100,
            render: (_: unknown, r) =>
              r.report ? (
                <Tag color={stateColor[r.report.state]}>{t(`progress.states.${r.report.state}`)}</Tag>
              ) : (
                <Tag color="red">{t('progress.monthly.notSubmitted')}</Tag>
              ),
          },
          {
            title: t('progress.monthly.submittedAt'),
            key: 'at',
            width: 150,
            render: (_: unknown, r) => (r.report ? formatDateTime(r.report.submittedAt) : '—'),
          },
          {
            title: '',
            key: 'review',
            width: 80,
            render: (_: unknown, r) =>
              r.report?.abilities.review ? (
                <Button size="small" onClick={() => setReviewing(r.report)} data-testid="progress-review">
                  {t('progress.monthly.review')}
                </Button>
              ) : null,
          },
        ]}
      />
      {reviewing ? <ReviewDialog report={reviewing} onClose={() => setReviewing(null)} /> : null}
    </>
  );
}

function ReviewDialog({ report, onClose }: { report: ProgressReport; onClose: () => void }) {
  const { t } = useTranslation('supervision');
  const [form] = Form.useForm<{ comment: string }>();
  const review = useReviewReport();
  const { submit, isPending } = useFormMutation(form, review, {
    success: (_data, v) =>
      v.body.decision === 'accept' ? t('progress.monthly.accepted') : t('progress.monthly.returned'),
    onSuccess: onClose,
  });
  const decide = (decision: 'accept' | 'return') =>
    void form.validateFields().then(({ comment }) =>
      submit({
        enterpriseId: report.enterpriseId,
        id: report.id,
        body: { decision, comment: comment ?? '' },
      }),
    );
  return (
    <Modal
      open
      title={`${t('progress.monthly.review')}：${report.enterpriseName} ${report.month}`}
      onCancel={onClose}
      footer={
        <Space>
          <Button danger loading={isPending} onClick={() => decide('return')}>
            {t('progress.monthly.return')}
          </Button>
          <Button
            type="primary"
            loading={isPending}
            onClick={() => decide('accept')}
            data-testid="progress-accept"
          >
            {t('progress.monthly.accept')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical">
        <Form.Item name="comment" label={t('progress.monthly.returnReason')}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
