import { planKinds, type InspectionPlanBody } from '@shuangkong/contracts';
import { Alert, DatePicker, Form, Input, Modal, Select, Space, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { useChecklist } from '../../api/inspection-api.ts';
import { useCreatePlan, useEnterprisePeople } from '../../api/plans-api.ts';

type Values = {
  name: string;
  kind: number;
  dates: [Dayjs, Dayjs];
  window?: [Dayjs, Dayjs] | null;
  unitIds?: string[];
  itemIds?: string[];
  assigneeIds: string[];
  description?: string;
};

/** 新建排查计划: what, when, where and who; the server makes the tasks. */
export function PlanDialog({ enterpriseId, onClose }: { enterpriseId: string; onClose: () => void }) {
  const { t } = useTranslation('inspection');
  const [form] = Form.useForm<Values>();
  const checklist = useChecklist(enterpriseId);
  const people = useEnterprisePeople(enterpriseId);
  const { submit, isPending } = useFormMutation(form, useCreatePlan(enterpriseId), {
    success: (data) => t('plans.created', { n: data.data.progress.total }),
    onSuccess: onClose,
  });
  const open = useMemo(() => (checklist.data?.data ?? []).filter((i) => !i.retired), [checklist.data]);
  const units = useMemo(() => {
    const seen = new Map<string, string>();
    for (const item of open) seen.set(item.unitId, item.unitName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [open]);
  const toBody = (v: Values): InspectionPlanBody => ({
    name: v.name,
    kind: v.kind as InspectionPlanBody['kind'],
    startDate: v.dates[0].format('YYYY-MM-DD'),
    endDate: v.dates[1].format('YYYY-MM-DD'),
    workStartTime: v.window ? v.window[0].format('HH:mm') : null,
    workEndTime: v.window ? v.window[1].format('HH:mm') : null,
    unitIds: v.unitIds ?? [],
    itemIds: v.itemIds ?? [],
    assigneeIds: v.assigneeIds,
    description: v.description ?? '',
  });
  return (
    <Modal
      open
      width={640}
      title={t('plans.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('plans.hint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="inspection-plan-form"
        initialValues={{ kind: 5, dates: [dayjs(), dayjs().add(2, 'day')] }}
        onFinish={(values) => submit(toBody(values))}
      >
        <Form.Item name="name" label={t('plans.name')} rules={[{ required: true, max: 100 }]}>
          <Input placeholder="元旦节前安全检查" data-testid="inspection-plan-name" />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="kind" label={t('plans.kind')} rules={[{ required: true }]}>
            <Select
              style={{ width: 240 }}
              options={planKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              data-testid="inspection-plan-kind"
            />
          </Form.Item>
          <Form.Item name="dates" label={t('plans.dates')} rules={[{ required: true }]}>
            <DatePicker.RangePicker allowClear={false} data-testid="inspection-plan-dates" />
          </Form.Item>
        </Space>
        <Form.Item name="window" label={t('plans.window')} extra={t('plans.windowHint')}>
          <TimePicker.RangePicker format="HH:mm" minuteStep={5} data-testid="inspection-plan-window" />
        </Form.Item>
        <Form.Item name="unitIds" label={t('plans.units')} extra={t('plans.unitsHint')}>
          <Select
            mode="multiple"
            allowClear
            optionFilterProp="label"
            options={units}
            loading={checklist.isLoading}
            data-testid="inspection-plan-units"
          />
        </Form.Item>
        <Form.Item name="itemIds" label={t('plans.items')}>
          <Select
            mode="multiple"
            allowClear
            optionFilterProp="label"
            options={open.map((i) => ({ value: i.id, label: `${i.unitName} · ${i.measureContent}` }))}
            data-testid="inspection-plan-items"
          />
        </Form.Item>
        <Form.Item name="assigneeIds" label={t('plans.assignees')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            loading={people.isLoading}
            options={(people.data?.data ?? []).map((p) => ({
              value: p.id,
              label: p.orgUnitName ? `${p.name}（${p.orgUnitName}）` : p.name,
            }))}
            data-testid="inspection-plan-assignees"
          />
        </Form.Item>
        {people.data && people.data.data.length === 0 ? (
          <Alert type="warning" showIcon title={t('plans.noPeople')} style={{ marginBottom: 12 }} />
        ) : null}
        <Form.Item name="description" label={t('plans.description')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
