import { Alert, App, Button, Empty, Input, Modal, Space, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/api-error.ts';
import { errorMessage } from '../../../shared/api/error-message.ts';
import { formatDateTime } from '../../../shared/format/date.ts';
import {
  useApprovalStep,
  useUnitApproval,
  type ApprovalAction,
  type ReadinessIssue,
} from '../api/approval-api.ts';
import type { UnitAbilities } from '../api/register-api.ts';

/** A readiness problem in words ("风险事件“泄漏”尚未完成…评估"). */
export function readinessText(t: TFunction, issue: ReadinessIssue): string {
  const key = `risk:readiness.${issue.code}`;
  const missing = (issue.missing ?? []).map((r) => t(`risk:stewardRoles.${r}`)).join('、');
  if (!t(key, { defaultValue: '' })) return t('risk:readiness.unknown', { code: issue.code });
  return t(key, { name: issue.eventName ?? '', missing });
}

const actionAbility: Readonly<Record<ApprovalAction, keyof UnitAbilities>> = {
  submit: 'canSubmit',
  withdraw: 'canWithdraw',
  review: 'canReview',
  reject: 'canReject',
  approve: 'canApprove',
};
const order: readonly ApprovalAction[] = ['submit', 'withdraw', 'review', 'reject', 'approve'];

/** 提交审核 / 撤回 / 审核通过 / 退回 / 批准, each shown only when the server's abilities allow it. */
export function ApprovalButtons({
  enterpriseId,
  unitId,
  unitName,
  abilities,
}: {
  enterpriseId: string;
  unitId: string;
  unitName: string;
  abilities: UnitAbilities;
}) {
  const { t } = useTranslation('risk');
  const { message } = App.useApp();
  const step = useApprovalStep(enterpriseId);
  const approval = useUnitApproval(enterpriseId, unitId);
  const [pending, setPending] = useState<ApprovalAction | null>(null);
  const [comment, setComment] = useState('');
  const [problems, setProblems] = useState<ReadinessIssue[] | null>(null);

  const run = (action: ApprovalAction) => {
    step.mutate(
      { unitId, action, comment: comment.trim() || undefined },
      {
        onSuccess: () => {
          void message.success(t('approval.done', { action: t(`approval.${action}`) }));
          setPending(null);
          setComment('');
          setProblems(null);
        },
        onError: async (error) => {
          if (isApiError(error) && error.code === 'RISK_UNIT_NOT_READY') {
            // The step answer's body is not kept by the shared client; the signatures endpoint
            // carries the same readiness list.
            const fresh = await approval.refetch();
            setProblems(fresh.data?.data.readiness ?? []);
            setPending(null);
            return;
          }
          void message.error(errorMessage(t, error));
        },
      },
    );
  };

  const visible = order.filter((a) => abilities[actionAbility[a]]);
  return (
    <>
      <Space wrap data-testid="risk-approval-buttons">
        {visible.map((action) => (
          <Button
            key={action}
            type={action === 'submit' || action === 'approve' || action === 'review' ? 'primary' : 'default'}
            danger={action === 'reject'}
            data-testid={`risk-unit-${action}`}
            loading={step.isPending && step.variables?.action === action}
            onClick={() => setPending(action)}
          >
            {t(`approval.${action}`)}
          </Button>
        ))}
      </Space>
      {problems && problems.length > 0 ? (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          closable={{ onClose: () => setProblems(null) }}
          data-testid="risk-unit-readiness"
          title={t('approval.notReady')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.map((p, i) => (
                <li key={`${p.code}-${p.eventId ?? i}`} data-code={p.code}>
                  {readinessText(t, p)}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Modal
        open={pending !== null}
        title={
          pending ? t('approval.confirmTitle', { action: t(`approval.${pending}`), name: unitName }) : ''
        }
        onCancel={() => setPending(null)}
        onOk={() => pending && run(pending)}
        okButtonProps={{
          disabled: pending === 'reject' && !comment.trim(),
          'data-testid': 'risk-approval-confirm',
        }}
        confirmLoading={step.isPending}
        destroyOnHidden
      >
        <Typography.Text>
          {pending === 'reject' ? t('approval.rejectReason') : t('approval.commentOptional')}
        </Typography.Text>
        <Input.TextArea
          rows={3}
          value={comment}
          maxLength={1000}
          onChange={(e) => setComment(e.target.value)}
          data-testid="risk-approval-comment"
          style={{ marginTop: 8 }}
        />
      </Modal>
    </>
  );
}

/** 签字记录: every signed step with who, when, the comment and the content hash. */
export function SignatureTimeline({ enterpriseId, unitId }: { enterpriseId: string; unitId: string }) {
  const { t } = useTranslation('risk');
  const { data, isLoading, error } = useUnitApproval(enterpriseId, unitId);
  if (error) return <Alert type="error" title={errorMessage(t, error)} />;
  const signatures = [...(data?.data.signatures ?? [])].sort((a, b) => a.signedAt.localeCompare(b.signedAt));
  if (!isLoading && signatures.length === 0) return <Empty description={t('approval.noSignatures')} />;
  return (
    <Timeline
      data-testid="risk-signatures"
      items={signatures.map((s) => ({
        key: s.id,
        color: s.action === 'reject' ? 'red' : s.action === 'approve' ? 'green' : 'blue',
        content: (
          <div data-testid="risk-signature" data-action={s.action}>
            <Typography.Text strong>{t(`signatureActions.${s.action}`)}</Typography.Text>{' '}
            <Typography.Text>{s.actorName}</Typography.Text>{' '}
            <Typography.Text type="secondary">{formatDateTime(s.signedAt)}</Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {t(`status.${s.fromStatus}`)} → {t(`status.${s.toStatus}`)}
              </Typography.Text>
            </div>
            {s.comment ? <div>{s.comment}</div> : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('approval.hash')}: {s.contentHash.slice(0, 16)}…
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
