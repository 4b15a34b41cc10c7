import type { PlanFrequencies, EnforcementLevel } from '@shuangkong/contracts';
import { Alert, Button, Flex, Form, InputNumber, Modal, Progress, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { usePlan, useSetPlan } from '../api/enforcement-api.ts';
import { currentYear, TierTag, useEnforcementT } from './enforcement-shared.tsx';

const tiers: EnforcementLevel[] = ['major', 'significant', 'general', 'low'];

/** 年度执法计划: planned inspections per enterprise by tier, and how far the year has got. */
export function PlanTab() {
  const t = useEnforcementT();
  const { t: tc } = useTranslation();
  const [year, setYear] = useState(currentYear());
  const [editing, setEditing] = useState(false);
  const plan = usePlan(year);
  const p = plan.data?.data;
  return (
    <div data-testid="enforcement-plan">
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <span>{t('fields.year')}</span>
        <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        {p ? (
          <Typography.Text>
            {t('plan.totals', {
              planned: p.totals.planned,
              done: p.totals.done,
              random: p.totals.randomDone,
            })}
          </Typography.Text>
        ) : null}
        {p?.canConfigure ? (
          <Button onClick={() => setEditing(true)} data-testid="plan-edit">
            {t('plan.edit')}
          </Button>
        ) : null}
      </Flex>
      {plan.error ? <Alert type="error" title={errorMessage(tc, plan.error)} /> : null}
      {p?.isDefault ? <Alert type="info" title={t('plan.defaultNote')} style={{ marginBottom: 12 }} /> : null}
      {p ? (
        <>
          <Table
            rowKey="tier"
            size="small"
            pagination={false}
            dataSource={p.byTier}
            style={{ marginBottom: 16 }}
            columns={[
              {
                title: t('fields.tier'),
                dataIndex: 'tier',
                render: (v: EnforcementLevel) => <TierTag tier={v} />,
              },
              {
                title: `${t('fields.planned')}（${t('plan.perYear')}）`,
                render: (_, r) => {
                  if (!p.isDefault) return p.frequencies[r.tier];
                  // No plan yet: the 分级监管 table's figures, high-risk industries / the others.
                  const row = p.tierTable.find((x) => x.level === r.tier);
                  return row ? `${row.inspectionsHighRisk} / ${row.inspectionsOther}` : '—';
                },
              },
              { title: t('fields.enterprises'), dataIndex: 'enterprises' },
              { title: t('fields.planned'), dataIndex: 'planned' },
              { title: t('fields.done'), dataIndex: 'done' },
              {
                title: t('fields.progress'),
                render: (_, r) => (
                  <Progress percent={r.planned ? Math.round((r.done / r.planned) * 100) : 0} size="small" />
                ),
              },
            ]}
          />
          <Table
            rowKey="enterpriseId"
            size="small"
            dataSource={p.enterprises}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: t('fields.enterprise'), dataIndex: 'enterpriseName' },
              {
                title: t('fields.tier'),
                dataIndex: 'tier',
                render: (v: EnforcementLevel) => <TierTag tier={v} />,
              },
              { title: t('fields.planned'), dataIndex: 'planned', width: 100 },
              { title: t('fields.done'), dataIndex: 'done', width: 100 },
              {
                title: t('fields.progress'),
                width: 200,
                render: (_, r) => (
                  <Progress
                    percent={r.planned ? Math.min(100, Math.round((r.done / r.planned) * 100)) : 100}
                    size="small"
                  />
                ),
              },
            ]}
          />
        </>
      ) : null}
      {editing && p ? (
        <PlanDialog
          year={year}
          frequencies={p.frequencies}
          share={p.randomSharePercent}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </div>
  );
}

function PlanDialog(props: {
  year: number;
  frequencies: PlanFrequencies;
  share: number;
  onClose: () => void;
}) {
  const t = useEnforcementT();
  const [form] = Form.useForm();
  const save = useFormMutation(form, useSetPlan(), { success: t('plan.save'), onSuccess: props.onClose });
  return (
    <Modal
      open
      title={t('plan.edit')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ frequencies: props.frequencies, randomSharePercent: props.share }}
        onFinish={(v: { frequencies: PlanFrequencies; randomSharePercent: number }) =>
          save.submit({ year: props.year, ...v })
        }
      >
        {tiers.map((tier) => (
          <Form.Item
            key={tier}
            name={['frequencies', tier]}
            label={<TierTag tier={tier} />}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={24} addonAfter={t('plan.perYear')} />
          </Form.Item>
        ))}
        <Form.Item name="randomSharePercent" label={t('plan.randomShare')}>
          <InputNumber min={0} max={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
