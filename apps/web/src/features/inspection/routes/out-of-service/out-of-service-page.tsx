import type { OutOfServiceBody, OutOfServicePeriod } from '@shuangkong/contracts';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useChecklist } from '../../api/inspection-api.ts';
import { useDeleteOutOfService, useOutOfService, useSaveOutOfService } from '../../api/out-of-service-api.ts';

const stamp = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

type Phase = 'upcoming' | 'current' | 'ended';
const phaseOf = (p: OutOfServicePeriod, now: Dayjs): Phase =>
  now.isBefore(p.startAt) ? 'upcoming' : p.endAt !== null && !now.isBefore(p.endAt) ? 'ended' : 'current';
const phaseColor: Record<Phase, string> = { upcoming: 'default', current: 'orange', ended: 'success' };

/**
 * 停用/检维修: periods a unit is out of service (maintenance, a stopped plant). Generation makes no
 * tasks for the unit inside one, so a stopped unit is not reported as unchecked (失控).
 */
export function OutOfServicePage() {
  const { t } = useTranslation('inspection');
  const { message } = App.useApp();
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? '';
  const { data, isLoading, error } = useOutOfService(enterpriseId);
  const checklist = useChecklist(enterpriseId);
  const remove = useDeleteOutOfService(enterpriseId);
  const [editing, setEditing] = useState<OutOfServicePeriod | 'new' | null>(null);
  const units = useMemo(() => {
    const seen = new Map<string, string>();
    for (const item of checklist.data?.data ?? []) seen.set(item.unitId, item.unitName);
    return seen;
  }, [checklist.data]);
  const now = dayjs();
  return (
    <PageContainer
      title={t('outOfService.title')}
      extra={
        data?.abilities.create ? (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="inspection-oos-create">
            {t('outOfService.create')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t('outOfService.hint')}</Typography.Paragraph>
      {error ? <Alert type="error" title={errorMessage(t, error)} /> : null}
      <Table<OutOfServicePeriod>
        rowKey="id"
        size="small"
        loading={isLoading}
        dataSource={data?.data ?? []}
        locale={{ emptyText: t('outOfService.empty') }}
        data-testid="inspection-oos"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('checklist.unit'),
            dataIndex: 'unitId',
            render: (id: string) => units.get(id) ?? id,
          },
          { title: t('outOfService.startAt'), dataIndex: 'startAt', width: 150, render: stamp },
          {
            title: t('outOfService.endAt'),
            dataIndex: 'endAt',
            width: 150,
            render: (endAt: string | null) => (endAt === null ? t('outOfService.openEnded') : stamp(endAt)),
          },
          { title: t('outOfService.reason'), dataIndex: 'reason' },
          {
            title: t('plans.status'),
            key: 'phase',
            width: 90,
            render: (_: unknown, p) => {
              const phase = phaseOf(p, now);
              return <Tag color={phaseColor[phase]}>{t(`outOfService.phases.${phase}`)}</Tag>;
            },
          },
          {
            key: 'actions',
            width: 130,
            render: (_: unknown, p) =>
              p.abilities.edit ? (
                <Space size={4}>
                  <Button size="small" type="link" onClick={() => setEditing(p)}>
                    {t('outOfService.edit')}
                  </Button>
                  <Popconfirm
                    title={t('outOfService.deleteConfirm')}
                    onConfirm={() =>
                      remove.mutate(p.id, {
                        onSuccess: () => void message.success(t('outOfService.deleted')),
                        onError: (e) => void message.error(errorMessage(t, e)),
                      })
                    }
                  >
                    <Button size="small" type="link" danger>
                      {t('outOfService.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]}
      />
      {editing !== null ? (
        <OutOfServiceDialog
          enterpriseId={enterpriseId}
          period={editing === 'new' ? null : editing}
          units={[...units].map(([value, label]) => ({ value, label }))}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </PageContainer>
  );
}

type Values = { unitId: string; startAt: Dayjs; endAt?: Dayjs | null; reason: string };

function OutOfServiceDialog({
  enterpriseId,
  period,
  units,
  onClose,
}: {
  enterpriseId: string;
  period: OutOfServicePeriod | null;
  units: { value: string; label: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation('inspection');
  const [form] = Form.useForm<Values>();
  const { submit, isPending } = useFormMutation(form, useSaveOutOfService(enterpriseId, period?.id ?? null), {
    success: t('outOfService.saved'),
    onSuccess: onClose,
  });
  const toBody = (v: Values): OutOfServiceBody => ({
    unitId: v.unitId,
    startAt: v.startAt.second(0).millisecond(0).format(),
    endAt: v.endAt ? v.endAt.second(0).millisecond(0).format() : null,
    reason: v.reason,
  });
  return (
    <Modal
      open
      title={period === null ? t('outOfService.create') : t('outOfService.edit')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="inspection-oos-form"
        initialValues={
          period === null
            ? { startAt: dayjs().startOf('hour') }
            : {
                unitId: period.unitId,
                startAt: dayjs(period.startAt),
                endAt: period.endAt === null ? null : dayjs(period.endAt),
                reason: period.reason,
              }
        }
        onFinish={(values) => submit(toBody(values))}
      >
        <Form.Item name="unitId" label={t('checklist.unit')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={units} data-testid="inspection-oos-unit" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="startAt" label={t('outOfService.startAt')} rules={[{ required: true }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item name="endAt" label={t('outOfService.endAt')} extra={t('outOfService.endHint')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
        </Space>
        <Form.Item name="reason" label={t('outOfService.reason')} rules={[{ required: true, max: 500 }]}>
          <Input.TextArea
            rows={2}
            placeholder="检维修：换热器清洗及试压"
            data-testid="inspection-oos-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
