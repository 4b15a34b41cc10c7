import type { PoolSummary, EnforcementLevel } from '@shuangkong/contracts';
import {
  Alert,
  Button,
  type ButtonProps,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import { useReferenceOptions } from '../../regional/components/reference.ts';
import {
  useCreatePool,
  useDraws,
  useFilePool,
  useMakeDraw,
  usePool,
  usePoolCandidates,
  usePools,
} from '../api/enforcement-api.ts';
import { currentYear, useEnforcementT } from './enforcement-shared.tsx';

/** 双随机名录库: the year's enterprise and inspector pools, filed by 31 January, and the draws from them. */
export function PoolsTab() {
  const t = useEnforcementT();
  const { t: tc } = useTranslation();
  const pools = usePools();
  const file = useFilePool();
  const [creating, setCreating] = useState(false);
  const [drawing, setDrawing] = useState<PoolSummary | null>(null);
  return (
    <div>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setCreating(true)} data-testid="pool-create">
          {t('pools.create')}
        </Button>
        <Typography.Text type="secondary">{t('pools.due')}</Typography.Text>
      </Space>
      {pools.error ? <Alert type="error" title={errorMessage(tc, pools.error)} /> : null}
      {file.error ? <Alert type="error" title={errorMessage(tc, file.error)} /> : null}
      <Table<PoolSummary>
        rowKey="id"
        size="small"
        loading={pools.isLoading}
        dataSource={pools.data?.data ?? []}
        locale={{ emptyText: t('pools.empty') }}
        expandable={{ expandedRowRender: (p) => <PoolMembers id={p.id} /> }}
        data-testid="pool-list"
        columns={[
          { title: t('fields.year'), dataIndex: 'year', width: 70 },
          { title: t('fields.name'), dataIndex: 'name' },
          { title: t('fields.enterprises'), dataIndex: 'enterpriseCount', width: 80 },
          { title: t('fields.inspectors'), dataIndex: 'inspectorCount', width: 80 },
          { title: t('fields.experts'), dataIndex: 'expertCount', width: 70 },
          {
            title: t('fields.filedAt'),
            width: 230,
            render: (_, p) =>
              p.state === 'draft' ? (
                <Tag>{t('state.draft')}</Tag>
              ) : (
                <Space size={4}>
                  {formatDateTime(p.filedAt)}
                  {p.isFiledLate ? (
                    <Tag color="red">{t('pools.late')}</Tag>
                  ) : (
                    <Tag color="green">{t('pools.onTime')}</Tag>
                  )}
                </Space>
              ),
          },
          { title: t('fields.draws'), dataIndex: 'drawCount', width: 70 },
          {
            title: '',
            width: 160,
            render: (_, p) =>
              p.state === 'draft' ? (
                <Popconfirm title={t('pools.fileConfirm')} onConfirm={() => file.mutate(p.id)}>
                  <Button size="small" data-testid="pool-file">
                    {t('pools.file')}
                  </Button>
                </Popconfirm>
              ) : (
                <Button size="small" type="primary" onClick={() => setDrawing(p)} data-testid="pool-draw">
                  {t('pools.draw')}
                </Button>
              ),
          },
        ]}
      />
      {creating ? <CreatePoolDialog onClose={() => setCreating(false)} /> : null}
      {drawing ? <DrawDialog pool={drawing} onClose={() => setDrawing(null)} /> : null}
    </div>
  );
}

function PoolMembers({ id }: { id: string }) {
  const t = useEnforcementT();
  const pool = usePool(id).data?.data;
  if (!pool) return null;
  return (
    <Descriptions size="small" column={1}>
      <Descriptions.Item label={t('fields.enterprises')}>
        <Space wrap size={4}>
          {pool.enterprises.map((e) => (
            <Tag key={e.enterpriseId}>{e.enterpriseName}</Tag>
          ))}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.inspectors')}>
        {pool.inspectors
          .filter((p) => !p.isExpert)
          .map((p) => p.name)
          .join('、')}
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.experts')}>
        {pool.inspectors
          .filter((p) => p.isExpert)
          .map((p) => p.name)
          .join('、') || '—'}
      </Descriptions.Item>
    </Descriptions>
  );
}

type PoolForm = {
  year: number;
  name: string;
  industryCodes: string[];
  scales: string[];
  levels: string[];
  inspectorIds?: string[];
  expertIds: string[];
};

function CreatePoolDialog({ onClose }: { onClose: () => void }) {
  const t = useEnforcementT();
  const { i18n } = useTranslation();
  const { industryOptions } = useReferenceOptions(i18n.language);
  const [form] = Form.useForm<PoolForm>();
  const industryCodes = Form.useWatch('industryCodes', form) ?? [];
  const scales = Form.useWatch('scales', form) ?? [];
  const levels = Form.useWatch('levels', form) ?? [];
  const candidates = usePoolCandidates({ industryCodes, scales, levels }, true);
  const c = candidates.data?.data;
  const save = useFormMutation(form, useCreatePool(), { success: t('pools.create'), onSuccess: onClose });
  const tiers: EnforcementLevel[] = ['major', 'significant', 'general', 'low'];
  return (
    <Modal
      open
      width={640}
      title={t('pools.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form<PoolForm>
        form={form}
        layout="vertical"
        initialValues={{ year: currentYear(), industryCodes: [], scales: [], levels: [], expertIds: [] }}
        onFinish={(v) =>
          save.submit({
            year: v.year,
            name: v.name,
            filters: { industryCodes: v.industryCodes, scales: v.scales, levels: v.levels },
            inspectorIds: v.inspectorIds ?? (c?.inspectors ?? []).map((p) => p.userId),
            expertIds: v.expertIds,
          })
        }
      >
        <Space>
          <Form.Item name="year" label={t('fields.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} data-testid="pool-year" />
          </Form.Item>
          <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, max: 100 }]}>
            <Input style={{ width: 320 }} data-testid="pool-name" />
          </Form.Item>
        </Space>
        <Form.Item name="industryCodes" label={t('fields.industries')}>
          <Select
            mode="multiple"
            showSearch
            optionFilterProp="label"
            options={industryOptions}
            style={{ minWidth: 320 }}
            data-testid="pool-industries"
          />
        </Form.Item>
        <Space>
          <Form.Item name="scales" label={t('fields.scales')}>
            <Select
              mode="multiple"
              style={{ width: 260 }}
              data-testid="pool-scales"
              options={(['large', 'medium', 'small', 'micro'] as const).map((s) => ({
                value: s,
                label: t(`scale.${s}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="levels" label={t('fields.levels')}>
            <Select
              mode="multiple"
              style={{ width: 300 }}
              options={tiers.map((l) => ({ value: l, label: t(`tier.${l}`) }))}
            />
          </Form.Item>
        </Space>
        <Alert
          type="info"
          style={{ marginBottom: 12 }}
          title={t('pools.preview', { n: c?.enterprises.length ?? 0 })}
        />
        <Form.Item name="inspectorIds" label={t('fields.inspectors')}>
          <Select
            mode="multiple"
            placeholder={(c?.inspectors ?? []).map((p) => p.name).join('、')}
            options={(c?.inspectors ?? []).map((p) => ({ value: p.userId, label: p.name }))}
          />
        </Form.Item>
        <Form.Item name="expertIds" label={t('fields.experts')}>
          <Select
            mode="multiple"
            options={(c?.experts ?? []).map((p) => ({ value: p.userId, label: p.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const drawOkProps: ButtonProps & Record<'data-testid', string> = { 'data-testid': 'draw-submit' };

type DrawForm = { title: string; count: number; seed?: string; excludeMonths: number; withExpert: boolean };

function DrawDialog({ pool, onClose }: { pool: PoolSummary; onClose: () => void }) {
  const t = useEnforcementT();
  const navigate = useNavigate();
  const [form] = Form.useForm<DrawForm>();
  const save = useFormMutation(form, useMakeDraw(), {
    onSuccess: (res) => {
      onClose();
      void navigate(`/enforcement/draws/${res.data.id}`);
    },
  });
  return (
    <Modal
      open
      title={`${t('pools.draw')}：${pool.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={drawOkProps}
    >
      <Form<DrawForm>
        form={form}
        layout="vertical"
        initialValues={{
          count: Math.min(2, pool.enterpriseCount),
          excludeMonths: 12,
          withExpert: false,
          title: `${pool.year}年第1批`,
        }}
        onFinish={(v) =>
          save.submit({
            poolId: pool.id,
            ...v,
            seed: v.seed?.trim() ? v.seed.trim() : undefined,
            withExpert: v.withExpert,
          })
        }
      >
        <Form.Item name="title" label={t('fields.title')} rules={[{ required: true }]}>
          <Input data-testid="draw-title" />
        </Form.Item>
        <Form.Item name="count" label={t('fields.count')} rules={[{ required: true }]}>
          <InputNumber min={1} max={pool.enterpriseCount} data-testid="draw-count" />
        </Form.Item>
        <Form.Item name="seed" label={t('fields.seed')} extra={t('draws.seedHelp')}>
          <Input maxLength={64} data-testid="draw-seed-input" />
        </Form.Item>
        <Form.Item name="excludeMonths" label={t('fields.excludeMonths')}>
          <InputNumber min={0} max={36} />
        </Form.Item>
        <Form.Item name="withExpert" valuePropName="checked">
          <Checkbox disabled={pool.expertCount === 0}>{t('fields.withExpert')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Every draw of the regulator, each with its published seed. */
export function DrawsTab() {
  const t = useEnforcementT();
  const draws = useDraws();
  return (
    <Table
      rowKey="id"
      size="small"
      loading={draws.isLoading}
      dataSource={draws.data?.data ?? []}
      locale={{ emptyText: t('draws.empty') }}
      columns={[
        {
          title: t('fields.title'),
          dataIndex: 'title',
          render: (v: string, d) => <Link to={`/enforcement/draws/${d.id}`}>{v}</Link>,
        },
        { title: t('draws.pool'), dataIndex: 'poolName' },
        {
          title: t('fields.seed'),
          dataIndex: 'seed',
          render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
        },
        { title: t('fields.count'), dataIndex: 'count', width: 90 },
        { title: t('fields.drawnAt'), dataIndex: 'drawnAt', render: (v: string) => formatDateTime(v) },
        { title: t('fields.drawnBy'), dataIndex: 'drawnByName' },
      ]}
    />
  );
}
