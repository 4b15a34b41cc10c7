import type { InspectionPlan, InspectionPlanStatus } from '@shuangkong/contracts';
import { Alert, Button, Form, Input, Modal, Progress, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useCancelPlan, usePlans } from '../../api/plans-api.ts';
import { PlanDialog } from './plan-dialog.tsx';

const statusColor: Record<InspectionPlanStatus, string> = {
  upcoming: 'default',
  active: 'processing',
  finished: 'success',
  cancelled: 'warning',
};

/** 排查计划: ad-hoc inspections with their kind, range, people and how far they have got. */
export function PlansPage() {
  const { t } = useTranslation('inspection');
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? '';
  const { data, isLoading, error } = usePlans(enterpriseId);
  const [creating, setCreating] = useState(false);
  const [cancelling, setCancelling] = useState<InspectionPlan | null>(null);
  return (
    <PageContainer
      title={t('plans.title')}
      extra={
        data?.abilities.create ? (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="inspection-plan-create">
            {t('plans.create')}
          </Button>
        ) : null
      }
    >
      {error ? <Alert type="error" title={errorMessage(t, error)} /> : null}
      <Table<InspectionPlan>
        rowKey="id"
        size="small"
        loading={isLoading}
        dataSource={data?.data ?? []}
        locale={{ emptyText: t('plans.empty') }}
        data-testid="inspection-plans"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{
          rowExpandable: (plan) => plan.description !== '' || plan.cancelReason !== null,
          expandedRowRender: (plan) => (
            <Space direction="vertical">
              {plan.description ? <Typography.Text>{plan.description}</Typography.Text> : null}
              {plan.cancelReason ? (
                <Typography.Text type="warning">{`${t('plans.cancelReason')}：${plan.cancelReason}`}</Typography.Text>
              ) : null}
            </Space>
          ),
        }}
        columns={[
          { title: t('plans.name'), dataIndex: 'name' },
          {
            title: t('plans.kind'),
            dataIndex: 'kind',
            width: 170,
            render: (kind: number) => <Tag color="blue">{t(`kinds.${kind}`)}</Tag>,
          },
          {
            title: t('plans.dates'),
            key: 'dates',
            width: 210,
            render: (_: unknown, p) =>
              `${p.startDate} ~ ${p.endDate}${p.workStartTime ? ` ${p.workStartTime}–${p.workEndTime}` : ''}`,
          },
          {
            title: t('plans.assignees'),
            key: 'assignees',
            render: (_: unknown, p) => p.assignees.map((a) => a.name).join('、'),
          },
          {
            title: t('plans.status'),
            dataIndex: 'status',
            width: 90,
            render: (status: InspectionPlanStatus) => (
              <Tag color={statusColor[status]}>{t(`plans.statuses.${status}`)}</Tag>
            ),
          },
          {
            title: t('plans.progress'),
            key: 'progress',
            width: 220,
            render: (_: unknown, p) => (
              <div data-testid={`inspection-plan-progress-${p.id}`}>
                <Progress
                  size="small"
                  percent={
                    p.progress.total === 0 ? 0 : Math.round((p.progress.done / p.progress.total) * 100)
                  }
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('plans.progressText', p.progress)}
                </Typography.Text>
              </div>
            ),
          },
          { title: t('plans.createdBy'), dataIndex: 'createdByName', width: 90 },
          {
            key: 'actions',
            width: 90,
            render: (_: unknown, p) =>
              p.abilities.cancel ? (
                <Button size="small" danger onClick={() => setCancelling(p)}>
                  {t('plans.cancel')}
                </Button>
              ) : null,
          },
        ]}
      />
      {creating ? <PlanDialog enterpriseId={enterpriseId} onClose={() => setCreating(false)} /> : null}
      {cancelling ? (
        <CancelPlanDialog enterpriseId={enterpriseId} plan={cancelling} onClose={() => setCancelling(null)} />
      ) : null}
    </PageContainer>
  );
}

function CancelPlanDialog({
  enterpriseId,
  plan,
  onClose,
}: {
  enterpriseId: string;
  plan: InspectionPlan;
  onClose: () => void;
}) {
  const { t } = useTranslation('inspection');
  const [form] = Form.useForm<{ reason: string }>();
  const { submit, isPending } = useFormMutation(form, useCancelPlan(enterpriseId, plan.id), {
    success: t('plans.cancelled'),
    onSuccess: onClose,
  });
  return (
    <Modal
      open
      title={`${t('plans.cancel')}：${plan.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ danger: true }}
      confirmLoading={isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('plans.cancelConfirm')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => submit(values)}>
        <Form.Item name="reason" label={t('plans.cancelReason')} rules={[{ required: true, max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
