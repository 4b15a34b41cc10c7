import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { RiskSteward, RiskUnitStep, StepInput, StewardInput } from '@shuangkong/contracts';
import { App, Button, Empty, Flex, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { applyApiErrorToForm } from '../../../../shared/forms/apply-api-error.ts';
import { useReplacePosts, useReplaceSteps, useReplaceStewards } from '../../api/register-api.ts';
import { PostsPicker } from '../../components/pickers.tsx';

type StepRow = {
  key: string;
  id?: string;
  kind: 'jhaStep' | 'sclItem';
  seq: number;
  name: string;
  standard: string;
};

/** JHA steps / SCL check items, edited as a list and saved at once. */
export function StepsEditor({
  enterpriseId,
  unitId,
  steps,
  canEdit,
}: {
  enterpriseId: string;
  unitId: string;
  steps: RiskUnitStep[];
  canEdit: boolean;
}) {
  const { t } = useTranslation('risk');
  const { message } = App.useApp();
  const save = useReplaceSteps(enterpriseId);
  const [rows, setRows] = useState<StepRow[]>(() =>
    steps.map((s) => ({ key: s.id, id: s.id, kind: s.kind, seq: s.seq, name: s.name, standard: s.standard })),
  );
  const patch = (key: string, p: Partial<StepRow>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...p } : r)));
  const onSave = () => {
    const payload: StepInput[] = rows
      .filter((r) => r.name.trim())
      .map((r) => ({
        ...(r.id ? { id: r.id } : {}),
        kind: r.kind,
        seq: r.seq,
        name: r.name.trim(),
        standard: r.standard.trim(),
      }));
    save.mutate(
      { unitId, steps: payload },
      {
        onSuccess: () => void message.success(t('common.saved')),
        onError: (e) => void message.error(errorMessage(t, e)),
      },
    );
  };
  return (
    <>
      <Table<StepRow>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        data-testid="risk-steps"
        columns={[
          {
            title: t('unit.steps.seq'),
            dataIndex: 'seq',
            width: 80,
            render: (v: number, r) =>
              canEdit ? (
                <InputNumber
                  size="small"
                  min={1}
                  value={v}
                  onChange={(n) => patch(r.key, { seq: Number(n ?? 1) })}
                />
              ) : (
                v
              ),
          },
          {
            title: t('unit.steps.kind'),
            dataIndex: 'kind',
            width: 170,
            render: (v: StepRow['kind'], r) =>
              canEdit ? (
                <Select
                  size="small"
                  value={v}
                  style={{ width: 160 }}
                  onChange={(k: StepRow['kind']) => patch(r.key, { kind: k })}
                  options={(['jhaStep', 'sclItem'] as const).map((k) => ({
                    value: k,
                    label: t(`stepKinds.${k}`),
                  }))}
                />
              ) : (
                t(`stepKinds.${v}`)
              ),
          },
          {
            title: t('unit.steps.name'),
            dataIndex: 'name',
            render: (v: string, r) =>
              canEdit ? (
                <Input size="small" value={v} onChange={(e) => patch(r.key, { name: e.target.value })} />
              ) : (
                v
              ),
          },
          {
            title: t('unit.steps.standard'),
            dataIndex: 'standard',
            render: (v: string, r) =>
              canEdit ? (
                <Input size="small" value={v} onChange={(e) => patch(r.key, { standard: e.target.value })} />
              ) : (
                v
              ),
          },
          ...(canEdit
            ? [
                {
                  title: '',
                  key: 'x',
                  width: 48,
                  render: (_: unknown, r: StepRow) => (
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {canEdit ? (
        <Space style={{ marginTop: 8 }}>
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              setRows((rs) => [
                ...rs,
                { key: `new-${Date.now()}`, kind: 'jhaStep', seq: rs.length + 1, name: '', standard: '' },
              ])
            }
          >
            {t('unit.steps.add')}
          </Button>
          <Button type="primary" loading={save.isPending} onClick={onSave} data-testid="risk-steps-save">
            {t('unit.steps.save')}
          </Button>
        </Space>
      ) : null}
    </>
  );
}

/** The posts exposed to the unit (the post cards are built from them). */
export function PostsEditor({
  enterpriseId,
  unitId,
  posts,
  canEdit,
}: {
  enterpriseId: string;
  unitId: string;
  posts: { id: string; name: string }[];
  canEdit: boolean;
}) {
  const { t } = useTranslation('risk');
  const { message } = App.useApp();
  const save = useReplacePosts(enterpriseId);
  const [ids, setIds] = useState<string[]>(posts.map((p) => p.id));
  if (!canEdit) {
    return posts.length ? (
      <Typography.Text>{posts.map((p) => p.name).join('、')}</Typography.Text>
    ) : (
      <Empty />
    );
  }
  return (
    <Space direction="vertical">
      <Typography.Text type="secondary">{t('unit.postsHint')}</Typography.Text>
      <PostsPicker enterpriseId={enterpriseId} value={ids} onChange={setIds} testId="risk-unit-posts" />
      <Button
        type="primary"
        loading={save.isPending}
        data-testid="risk-unit-posts-save"
        onClick={() =>
          save.mutate(
            { unitId, postIds: ids },
            {
              onSuccess: () => void message.success(t('common.saved')),
              onError: (e) => void message.error(errorMessage(t, e)),
            },
          )
        }
      >
        {t('unit.savePosts')}
      </Button>
    </Space>
  );
}

const roles = ['principal', 'technical', 'operational'] as const;
type StewardValues = {
  stewards: { role: (typeof roles)[number]; name: string; title?: string; phone: string }[];
};

/** 包保责任人 of a major source: exactly one of each role. */
export function StewardsEditor({
  enterpriseId,
  objectId,
  stewards,
  canEdit,
}: {
  enterpriseId: string;
  objectId: string;
  stewards: RiskSteward[];
  canEdit: boolean;
}) {
  const { t } = useTranslation('risk');
  const { message } = App.useApp();
  const [form] = Form.useForm<StewardValues>();
  const save = useReplaceStewards(enterpriseId);
  const initial = roles.map((role) => {
    const s = stewards.find((x) => x.role === role);
    return { role, name: s?.name ?? '', title: s?.title ?? '', phone: s?.phone ?? '' };
  });
  const onFinish = (v: StewardValues) => {
    const payload: StewardInput[] = v.stewards.map((s) => ({
      role: s.role,
      name: s.name.trim(),
      title: s.title?.trim() ?? '',
      phone: s.phone.trim(),
      userId: null,
    }));
    save.mutate(
      { objectId, stewards: payload },
      {
        onSuccess: () => void message.success(t('common.saved')),
        onError: (e) => {
          const rest = applyApiErrorToForm(form, e, t);
          if (rest) void message.error(rest);
        },
      },
    );
  };
  return (
    <Form<StewardValues>
      form={form}
      initialValues={{ stewards: initial }}
      onFinish={onFinish}
      disabled={!canEdit}
      data-testid="risk-stewards"
    >
      <Typography.Paragraph type="secondary">{t('stewards.hint')}</Typography.Paragraph>
      {initial.map((s, i) => (
        <Flex key={s.role} gap={8} align="baseline" wrap>
          <Form.Item name={['stewards', i, 'role']} hidden>
            <Input />
          </Form.Item>
          <Typography.Text strong style={{ width: 100 }}>
            {t(`stewardRoles.${s.role}`)}
          </Typography.Text>
          <Form.Item name={['stewards', i, 'name']} rules={[{ required: true, whitespace: true }]}>
            <Input placeholder={t('stewards.name')} data-testid={`risk-steward-${s.role}-name`} />
          </Form.Item>
          <Form.Item name={['stewards', i, 'title']}>
            <Input placeholder={t('stewards.jobTitle')} />
          </Form.Item>
          <Form.Item name={['stewards', i, 'phone']} rules={[{ required: true, whitespace: true }]}>
            <Input placeholder={t('stewards.phone')} data-testid={`risk-steward-${s.role}-phone`} />
          </Form.Item>
        </Flex>
      ))}
      {canEdit ? (
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="risk-stewards-save">
          {t('stewards.save')}
        </Button>
      ) : null}
    </Form>
  );
}
