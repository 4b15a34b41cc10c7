import type {
  EnforcementInspectionKind,
  InspectionView,
  PenaltyKind,
  PenaltyView,
} from '@shuangkong/contracts';
import {
  Alert,
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { dayjs, formatDate } from '../../../../shared/format/date.ts';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import {
  useAddConflict,
  useAddPenalty,
  useConflicts,
  useCreateInspection,
  useExpertCoverage,
  useInspections,
  usePenalties,
  useRemoveConflict,
} from '../api/enforcement-api.ts';
import {
  AnyPersonSelect,
  currentYear,
  EnterpriseSelect,
  PersonSelect,
  TierTag,
  useEnforcementT,
} from './enforcement-shared.tsx';

const kinds: EnforcementInspectionKind[] = ['random', 'key', 'expert', 'complaint', 'other'];
export const penaltyKinds: PenaltyKind[] = [
  'warning',
  'fine',
  'confiscation',
  'suspension',
  'licenceRevocation',
  'closure',
  'detention',
  'other',
];

export const inspectionPath = (i: { enterpriseId: string; id: string }) =>
  `/enforcement/inspections/${i.enterpriseId}/${i.id}`;

function InspectionTable({ rows, loading }: { rows: InspectionView[]; loading: boolean }) {
  const t = useEnforcementT();
  return (
    <Table<InspectionView>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      locale={{ emptyText: t('inspections.empty') }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      data-testid="inspection-list"
      columns={[
        {
          title: t('fields.enterprise'),
          dataIndex: 'enterpriseName',
          render: (v: string, i) => (
            <Link to={inspectionPath(i)} data-testid="inspection-link">
              {v}
            </Link>
          ),
        },
        {
          title: t('fields.kind'),
          dataIndex: 'kind',
          width: 120,
          render: (k: EnforcementInspectionKind) => t(`kind.${k}`),
        },
        {
          title: t('fields.inspectors'),
          render: (_, i) =>
            [...i.inspectorNames, ...i.expertNames, ...(i.agencyName ? [i.agencyName] : [])].join('、'),
        },
        {
          title: t('fields.inspectedOn'),
          width: 160,
          render: (_, i) =>
            i.state === 'recorded' ? (
              formatDate(i.inspectedOn)
            ) : (
              <Tag color="blue">
                {t('state.planned')}
                {i.plannedOn ? ` ${i.plannedOn}` : ''}
              </Tag>
            ),
        },
        { title: t('fields.findings'), dataIndex: 'findingCount', width: 80 },
        { title: t('fields.penalties'), dataIndex: 'penaltyCount', width: 70 },
        {
          title: t('fields.published'),
          dataIndex: 'isPublished',
          width: 80,
          render: (v: boolean) => (v ? <Tag color="green">{t('inspections.published')}</Tag> : '—'),
        },
      ]}
    />
  );
}

/** 执法检查记录: planned (from draws or scheduled) and recorded inspections. */
export function InspectionsTab() {
  const t = useEnforcementT();
  const [kind, setKind] = useState<EnforcementInspectionKind | undefined>();
  const [year, setYear] = useState(currentYear());
  const [creating, setCreating] = useState(false);
  const list = useInspections({ year, ...(kind ? { kind } : {}) });
  return (
    <div>
      <Space style={{ marginBottom: 12 }} wrap>
        <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        <Select
          allowClear
          placeholder={t('fields.kind')}
          style={{ width: 160 }}
          value={kind}
          onChange={setKind}
          options={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('inspections.create')}
        </Button>
      </Space>
      <InspectionTable rows={list.data?.data ?? []} loading={list.isLoading} />
      {creating ? <CreateInspectionDialog onClose={() => setCreating(false)} /> : null}
    </div>
  );
}

type CreateForm = {
  enterpriseId: string;
  kind: Exclude<EnforcementInspectionKind, 'random'>;
  inspectorIds: string[];
  expertIds: string[];
  agencyName?: string;
  plannedOn?: dayjs.Dayjs;
};

/** 安排检查 outside the draw: key, expert (with experts or an agency), complaint or other. */
export function CreateInspectionDialog({
  onClose,
  enterpriseId,
  kind,
}: {
  onClose: () => void;
  enterpriseId?: string;
  kind?: CreateForm['kind'];
}) {
  const t = useEnforcementT();
  const [form] = Form.useForm<CreateForm>();
  const save = useFormMutation(form, useCreateInspection(), {
    success: t('inspections.create'),
    onSuccess: onClose,
  });
  return (
    <Modal
      open
      title={t('inspections.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form<CreateForm>
        form={form}
        layout="vertical"
        initialValues={{ enterpriseId, kind: kind ?? 'key', inspectorIds: [], expertIds: [] }}
        onFinish={(v) =>
          save.submit({
            ...v,
            agencyName: v.agencyName?.trim() || null,
            plannedOn: v.plannedOn ? v.plannedOn.format('YYYY-MM-DD') : null,
          })
        }
      >
        <Form.Item name="enterpriseId" label={t('fields.enterprise')} rules={[{ required: true }]}>
          <EnterpriseSelect />
        </Form.Item>
        <Form.Item name="kind" label={t('fields.kind')} rules={[{ required: true }]}>
          <Select
            options={kinds.filter((k) => k !== 'random').map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="inspectorIds" label={t('fields.inspectors')} rules={[{ required: true }]}>
          <PersonSelect multiple />
        </Form.Item>
        <Form.Item name="expertIds" label={t('fields.experts')}>
          <PersonSelect multiple experts />
        </Form.Item>
        <Form.Item name="agencyName" label={t('fields.agency')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="plannedOn" label={t('fields.plannedOn')}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 专家检查: key enterprises need one a year (seed 002); which have none yet. */
export function ExpertTab() {
  const t = useEnforcementT();
  const year = currentYear();
  const cov = useExpertCoverage(year).data?.data;
  const [scheduling, setScheduling] = useState<string | null>(null);
  if (!cov) return null;
  return (
    <div>
      <Alert
        type={cov.missing.length ? 'warning' : 'success'}
        style={{ marginBottom: 12 }}
        title={t('expert.summary', { total: cov.keyEnterprises, covered: cov.covered })}
      />
      <Typography.Title level={5}>{t('expert.missing')}</Typography.Title>
      <Table
        rowKey="enterpriseId"
        size="small"
        dataSource={cov.missing}
        locale={{ emptyText: t('expert.none') }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        style={{ marginBottom: 16 }}
        columns={[
          { title: t('fields.enterprise'), dataIndex: 'enterpriseName' },
          { title: t('fields.tier'), dataIndex: 'tier', render: (v) => <TierTag tier={v} /> },
          {
            title: '',
            width: 160,
            render: (_, e) => (
              <Button size="small" onClick={() => setScheduling(e.enterpriseId)}>
                {t('expert.schedule')}
              </Button>
            ),
          },
        ]}
      />
      <InspectionTable rows={cov.inspections} loading={false} />
      {scheduling ? (
        <CreateInspectionDialog enterpriseId={scheduling} kind="expert" onClose={() => setScheduling(null)} />
      ) : null}
    </div>
  );
}

/** 回避名单: who never inspects whom. */
export function ConflictsTab() {
  const t = useEnforcementT();
  const list = useConflicts();
  const remove = useRemoveConflict();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<{ enterpriseId: string; inspectorId: string; reason: string }>();
  const save = useFormMutation(form, useAddConflict(), {
    success: t('conflicts.add'),
    onSuccess: () => setAdding(false),
  });
  const [removing, setRemoving] = useState<{ enterpriseId: string; id: string } | null>(null);
  const [reason, setReason] = useState('');
  return (
    <div>
      <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setAdding(true)}>
        {t('conflicts.add')}
      </Button>
      <Table
        rowKey="id"
        size="small"
        dataSource={list.data?.data ?? []}
        locale={{ emptyText: t('conflicts.empty') }}
        columns={[
          { title: t('fields.inspector'), dataIndex: 'inspectorName' },
          { title: t('fields.enterprise'), dataIndex: 'enterpriseName' },
          { title: t('fields.reason'), dataIndex: 'reason' },
          { title: t('fields.recordedAt'), dataIndex: 'recordedAt', render: (v: string) => formatDate(v) },
          {
            title: '',
            width: 80,
            render: (_, c) => (
              <Button size="small" onClick={() => setRemoving(c)}>
                {t('conflicts.remove')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={adding}
        title={t('conflicts.add')}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => save.submit(v)}>
          <Form.Item name="inspectorId" label={t('fields.inspector')} rules={[{ required: true }]}>
            <AnyPersonSelect />
          </Form.Item>
          <Form.Item name="enterpriseId" label={t('fields.enterprise')} rules={[{ required: true }]}>
            <EnterpriseSelect />
          </Form.Item>
          <Form.Item name="reason" label={t('fields.reason')} rules={[{ required: true, max: 300 }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={removing !== null}
        title={t('conflicts.removeReason')}
        onCancel={() => setRemoving(null)}
        okButtonProps={{ disabled: reason.trim() === '' }}
        onOk={() =>
          removing && remove.mutate({ ...removing, reason }, { onSuccess: () => setRemoving(null) })
        }
      >
        <Input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={300} />
      </Modal>
    </div>
  );
}

/** 行政处罚: the regulator's penalties and other measures. */
export function PenaltiesTab() {
  const t = useEnforcementT();
  const list = usePenalties();
  const [adding, setAdding] = useState(false);
  return (
    <div>
      <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setAdding(true)}>
        {t('inspections.addPenalty')}
      </Button>
      <PenaltyTable rows={list.data?.data ?? []} />
      {adding ? <PenaltyDialog onClose={() => setAdding(false)} /> : null}
    </div>
  );
}

export function PenaltyTable({ rows }: { rows: PenaltyView[] }) {
  const t = useEnforcementT();
  return (
    <Table
      rowKey="id"
      size="small"
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        { title: t('fields.enterprise'), dataIndex: 'enterpriseName' },
        {
          title: t('fields.penaltyKind'),
          dataIndex: 'kind',
          render: (k: PenaltyKind) => t(`penaltyKind.${k}`),
        },
        {
          title: t('fields.amount'),
          dataIndex: 'amountFen',
          render: (v: number | null) => (v === null ? '—' : (v / 100).toLocaleString('zh-CN')),
        },
        { title: t('fields.decisionNo'), dataIndex: 'decisionNo' },
        { title: t('fields.decidedAt'), dataIndex: 'decidedAt' },
        { title: t('fields.legalBasis'), dataIndex: 'legalBasis' },
      ]}
    />
  );
}

type PenaltyForm = {
  enterpriseId: string;
  kind: PenaltyKind;
  amountYuan?: number;
  decisionNo: string;
  decidedAt: dayjs.Dayjs;
  legalBasis?: string;
  description?: string;
};

export function PenaltyDialog({
  onClose,
  enterpriseId,
  inspectionId,
}: {
  onClose: () => void;
  enterpriseId?: string;
  inspectionId?: string;
}) {
  const t = useEnforcementT();
  const [form] = Form.useForm<PenaltyForm>();
  const kind = Form.useWatch('kind', form);
  const save = useFormMutation(form, useAddPenalty(), {
    success: t('inspections.addPenalty'),
    onSuccess: onClose,
  });
  return (
    <Modal
      open
      title={t('inspections.addPenalty')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form<PenaltyForm>
        form={form}
        layout="vertical"
        initialValues={{ enterpriseId, kind: 'warning', decidedAt: dayjs() }}
        onFinish={(v) =>
          save.submit({
            enterpriseId: v.enterpriseId,
            inspectionId: inspectionId ?? null,
            kind: v.kind,
            amountFen:
              v.kind === 'fine' && v.amountYuan !== undefined ? Math.round(v.amountYuan * 100) : null,
            decisionNo: v.decisionNo,
            decidedAt: v.decidedAt.format('YYYY-MM-DD'),
            legalBasis: v.legalBasis?.trim() || null,
            description: v.description?.trim() || null,
          })
        }
      >
        <Form.Item
          name="enterpriseId"
          label={t('fields.enterprise')}
          rules={[{ required: true }]}
          hidden={enterpriseId !== undefined}
        >
          <EnterpriseSelect />
        </Form.Item>
        <Form.Item name="kind" label={t('fields.penaltyKind')} rules={[{ required: true }]}>
          <Select options={penaltyKinds.map((k) => ({ value: k, label: t(`penaltyKind.${k}`) }))} />
        </Form.Item>
        {kind === 'fine' ? (
          <Form.Item name="amountYuan" label={t('fields.amount')} rules={[{ required: true }]}>
            <InputNumber min={0.01} max={10_000_000_000} precision={2} />
          </Form.Item>
        ) : null}
        <Form.Item name="decisionNo" label={t('fields.decisionNo')} rules={[{ required: true, max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="decidedAt" label={t('fields.decidedAt')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('fields.legalBasis')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="description" label={t('fields.description')}>
          <Input.TextArea maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
