import { PrinterOutlined } from '@ant-design/icons';
import type { AssignmentDetail } from '@shuangkong/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Radio,
  Space,
  Spin,
  Timeline,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { assignmentApi, useAssignment, useAssignmentMutation } from '../api/assignment-api.ts';
import { DueChip, LevelTag, StateTag } from '../components/assignment-tags.tsx';
import { LetterDocument } from '../components/official-document.tsx';
import '../../i18n.ts';

function addDays(days: number): string {
  const d = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

function AssignForm({ a }: { a: AssignmentDetail }) {
  const { t } = useTranslation('supervision');
  const [form] = Form.useForm<{ respondBy: string; note?: string }>();
  const m = useFormMutation(
    form,
    useAssignmentMutation((v: { respondBy: string; note?: string }) =>
      assignmentApi.assign(a.id, { respondBy: v.respondBy, ...(v.note ? { note: v.note } : {}) }),
    ),
    { success: t('assignment.toast.assigned') },
  );
  return (
    <Card title={t('assignment.assignForm.title')} size="small" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">
        {t('assignment.assignForm.hint', { date: a.assignDueOn })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ respondBy: addDays(14) }} onFinish={m.submit}>
        <Form.Item name="respondBy" label={t('assignment.assignForm.respondBy')} rules={[{ required: true }]}>
          <Input type="date" style={{ maxWidth: 200 }} data-testid="assign-respond-by" />
        </Form.Item>
        <Form.Item name="note" label={t('assignment.assignForm.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={m.isPending} data-testid="assign-submit">
          {t('assignment.assignForm.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function VerifyForm({ a }: { a: AssignmentDetail }) {
  const { t } = useTranslation('supervision');
  const [form] = Form.useForm<{ decision: 'approved' | 'returned'; reason?: string }>();
  const decision = Form.useWatch('decision', form);
  const m = useFormMutation(
    form,
    useAssignmentMutation((v: { decision: 'approved' | 'returned'; reason?: string }) =>
      assignmentApi.verify(
        a.id,
        v.decision === 'approved'
          ? { decision: 'approved', ...(v.reason ? { reason: v.reason } : {}) }
          : { decision: 'returned', reason: v.reason ?? '' },
      ),
    ),
    { success: t('assignment.toast.verified') },
  );
  return (
    <Card title={t('assignment.verifyForm.title')} size="small" style={{ marginBottom: 16 }}>
      <Form form={form} layout="vertical" initialValues={{ decision: 'approved' }} onFinish={m.submit}>
        <Form.Item name="decision" label={t('assignment.verifyForm.decision')}>
          <Radio.Group data-testid="verify-decision">
            <Radio value="approved">{t('assignment.verifyForm.approve')}</Radio>
            <Radio value="returned">{t('assignment.verifyForm.return')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('assignment.verifyForm.reason')}
          rules={decision === 'returned' ? [{ required: true, min: 2 }] : []}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="verify-reason" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={m.isPending} data-testid="verify-submit">
          {t('assignment.verifyForm.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function CloseOutForm({ a, enterpriseId }: { a: AssignmentDetail; enterpriseId: string }) {
  const { t } = useTranslation('supervision');
  const [form] = Form.useForm<{ statement: string; password: string }>();
  const m = useFormMutation(
    form,
    useAssignmentMutation((v: { statement: string; password: string }) =>
      assignmentApi.requestCloseOut(enterpriseId, a.id, v),
    ),
    { success: t('assignment.toast.closeOutRequested'), onSuccess: () => form.resetFields() },
  );
  return (
    <Card title={t('assignment.closeOutForm.title')} size="small" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">
        {t('assignment.closeOutForm.hint', {
          level: a.currentLevel ? t(`assignment.level.${a.currentLevel}`) : '—',
        })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={m.submit}>
        <Form.Item
          name="statement"
          label={t('assignment.closeOutForm.statement')}
          rules={[{ required: true, min: 4 }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="close-out-statement" />
        </Form.Item>
        <Form.Item name="password" label={t('assignment.closeOutForm.password')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" data-testid="close-out-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={m.isPending} data-testid="close-out-submit">
          {t('assignment.closeOutForm.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/**
 * One registered risk: its facts and deadlines, the letter as issued (print it on A4), the
 * enterprise's receipt and acknowledgement, the close-out rounds; the buttons the actor may use.
 * The same page serves the regulator (/supervision/assignments/:id) and the enterprise
 * (/supervision/letters/:id, opening it marks the letter received).
 */
export function AssignmentDetailPage() {
  const { t } = useTranslation('supervision');
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const session = useSession();
  const enterpriseId = session.workspace === 'enterprise' ? session.user.enterpriseId : null;
  const detail = useAssignment(id, enterpriseId);
  const acknowledge = useAssignmentMutation(() => assignmentApi.acknowledge(enterpriseId ?? '', id));
  const a = detail.data?.data;
  const back = enterpriseId ? '/supervision/letters' : '/supervision/assignments';
  if (detail.error)
    return <Alert type="error" title={errorMessage(t, detail.error)} style={{ margin: 20 }} />;
  if (!a) return <Spin style={{ margin: 40 }} />;
  const closeOutStatement = a.closeOuts[0];
  return (
    <PageContainer
      title={a.letter?.title ?? `${a.enterpriseName} · ${a.unitName}`}
      subTitle={a.docNumber ?? t('assignment.notAssigned')}
      extra={
        <>
          <Link to={back}>
            <Button>{t('assignment.back')}</Button>
          </Link>
          {a.letter ? (
            <Link to={`/print/supervision/letters/${a.id}`} target="_blank">
              <Button icon={<PrinterOutlined />} data-testid="letter-print">
                {t('assignment.print')}
              </Button>
            </Link>
          ) : null}
          {a.abilities.acknowledge ? (
            <Button
              type="primary"
              loading={acknowledge.isPending}
              data-testid="letter-acknowledge"
              onClick={() =>
                acknowledge.mutate(undefined, {
                  onSuccess: () => void message.success(t('assignment.toast.acknowledged')),
                  onError: (e) => void message.error(errorMessage(t, e)),
                })
              }
            >
              {t('assignment.actions.acknowledge')}
            </Button>
          ) : null}
        </>
      }
    >
      <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('assignment.fields.enterprise')}>{a.enterpriseName}</Descriptions.Item>
        <Descriptions.Item label={t('assignment.fields.unit')}>
          {a.objectName} / {a.unitName}
        </Descriptions.Item>
        <Descriptions.Item label={t('assignment.fields.state')}>
          <StateTag state={a.state} />
        </Descriptions.Item>
        <Descriptions.Item label={t('assignment.fields.gradedLevel')}>
          <LevelTag level={a.gradedLevel} />
        </Descriptions.Item>
        <Descriptions.Item label={t('assignment.fields.currentLevel')}>
          <LevelTag level={a.currentLevel} />
        </Descriptions.Item>
        <Descriptions.Item label={t('assignment.fields.due')}>
          <DueChip due={a.due} />
        </Descriptions.Item>
        <Descriptions.Item label={t('assignment.fields.gradedOn')}>{a.gradedOn}</Descriptions.Item>
        <Descriptions.Item label={t('assignment.fields.assignDueOn')}>
          {a.assignDueOn}
          {a.assignedLate ? ` （${t('assignment.late')}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('assignment.fields.regulator')}>
          {a.regulatorName ?? '—'}
        </Descriptions.Item>
      </Descriptions>
      <Timeline
        style={{ marginBottom: 16 }}
        items={[
          { content: `${t('assignment.timeline.graded')} ${a.gradedOn}` },
          ...(a.issuedAt
            ? [
                {
                  content: `${t('assignment.timeline.issued')} ${formatDateTime(a.issuedAt)} ${a.issuedByName ?? ''}`,
                },
              ]
            : []),
          ...(a.receivedAt
            ? [
                {
                  content: `${t('assignment.timeline.received')} ${formatDateTime(a.receivedAt)} ${a.receivedByName ?? ''}`,
                },
              ]
            : []),
          ...(a.acknowledgedAt
            ? [
                {
                  content: `${t('assignment.timeline.acknowledged')} ${formatDateTime(a.acknowledgedAt)} ${a.acknowledgedByName ?? ''}`,
                },
              ]
            : []),
          ...[...a.closeOuts].reverse().flatMap((c) => [
            {
              content: (
                <Space direction="vertical" size={0}>
                  <span>
                    {t('assignment.timeline.closeOutRequested')} {formatDateTime(c.requestedAt)}{' '}
                    {c.requestedByName}（
                    {t(c.signatureVerified ? 'assignment.signature.verified' : 'assignment.signature.broken')}
                    ）
                  </span>
                  <Typography.Text type="secondary">{c.statement}</Typography.Text>
                </Space>
              ),
            },
            ...(c.decision
              ? [
                  {
                    color: c.decision === 'approved' ? 'green' : 'red',
                    content: `${t(`assignment.timeline.${c.decision}`)} ${formatDateTime(c.decidedAt)} ${c.decidedByName ?? ''}${
                      c.decisionReason ? `：${c.decisionReason}` : ''
                    }${c.published ? `（${t('assignment.published')}）` : ''}`,
                  },
                ]
              : []),
          ]),
        ]}
      />
      {a.abilities.assign ? <AssignForm a={a} /> : null}
      {a.abilities.verifyCloseOut && closeOutStatement ? <VerifyForm a={a} /> : null}
      {a.abilities.requestCloseOut && enterpriseId ? (
        <CloseOutForm a={a} enterpriseId={enterpriseId} />
      ) : null}
      {enterpriseId &&
      (a.state === 'acknowledged' || a.state === 'closeOutReturned') &&
      !a.abilities.requestCloseOut ? (
        <Alert type="info" style={{ marginBottom: 16 }} title={t('assignment.closeOutForm.notYet')} />
      ) : null}
      {a.letter ? (
        <Flex justify="center" style={{ background: '#f0f2f5', padding: 16, overflowX: 'auto' }}>
          <LetterDocument letter={a.letter} />
        </Flex>
      ) : null}
    </PageContainer>
  );
}
