import type { BlacklistEntry, BlacklistPublication } from '@shuangkong/contracts';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { dayjs, formatDate, formatDateTime } from '../../../../shared/format/date.ts';
import { useFormMutation } from '../../../../shared/forms/use-form-mutation.ts';
import {
  useAddBlacklist,
  useBlacklist,
  useBlacklistPublications,
  usePublishBlacklist,
  useRemoveBlacklist,
} from '../api/enforcement-api.ts';
import { currentYear, EnterpriseSelect, todayIso, useEnforcementT } from './enforcement-shared.tsx';

/** 黑名单: enterprises in remit with the legal basis and decision, removal with a reason, quarterly publication. */
export function BlacklistPage() {
  const t = useEnforcementT();
  const { t: tc } = useTranslation();
  const [all, setAll] = useState(false);
  const list = useBlacklist(all ? 'all' : 'active');
  const remove = useRemoveBlacklist();
  const [adding, setAdding] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [removing, setRemoving] = useState<BlacklistEntry | null>(null);
  const [reason, setReason] = useState('');
  return (
    <PageContainer
      title={t('blacklist.title')}
      extra={
        <>
          <Button type="primary" onClick={() => setAdding(true)} data-testid="blacklist-add">
            {t('blacklist.add')}
          </Button>
          <Button onClick={() => setPublishing(true)} data-testid="blacklist-publish">
            {t('blacklist.publish')}
          </Button>
        </>
      }
    >
      <Checkbox checked={all} onChange={(e) => setAll(e.target.checked)} style={{ marginBottom: 12 }}>
        {t('blacklist.showRemoved')}
      </Checkbox>
      {list.error ? <Alert type="error" title={errorMessage(tc, list.error)} /> : null}
      {remove.error ? <Alert type="error" title={errorMessage(tc, remove.error)} /> : null}
      <Table<BlacklistEntry>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.data ?? []}
        locale={{ emptyText: t('blacklist.empty') }}
        data-testid="blacklist-list"
        columns={[
          { title: t('fields.enterprise'), dataIndex: 'enterpriseName' },
          { title: t('blacklist.creditCode'), dataIndex: 'creditCode', width: 190 },
          { title: t('fields.reason'), dataIndex: 'reason' },
          { title: t('fields.legalBasis'), dataIndex: 'legalBasis' },
          { title: t('fields.decisionNo'), dataIndex: 'decisionNo' },
          { title: t('blacklist.decidedOn'), dataIndex: 'decidedOn', width: 110 },
          { title: t('fields.regulator'), dataIndex: 'regulatorName' },
          {
            title: '',
            width: 160,
            render: (_, b) =>
              b.removedAt ? (
                <Tag title={b.removalReason ?? ''}>
                  {t('blacklist.removed')} {formatDate(b.removedAt)}
                </Tag>
              ) : b.canRemove ? (
                <Button size="small" onClick={() => setRemoving(b)}>
                  {t('blacklist.remove')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Publications />
      {adding ? <AddDialog onClose={() => setAdding(false)} /> : null}
      {publishing ? <PublishDialog onClose={() => setPublishing(false)} /> : null}
      <Modal
        open={removing !== null}
        title={t('blacklist.removeReason')}
        onCancel={() => setRemoving(null)}
        okButtonProps={{ disabled: reason.trim() === '' }}
        onOk={() =>
          removing &&
          remove.mutate(
            { enterpriseId: removing.enterpriseId, id: removing.id, reason },
            { onSuccess: () => setRemoving(null) },
          )
        }
      >
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
      </Modal>
    </PageContainer>
  );
}

function Publications() {
  const t = useEnforcementT();
  const pubs = useBlacklistPublications();
  return (
    <Card size="small" title={t('blacklist.publications')} style={{ marginTop: 16 }}>
      <Table<BlacklistPublication>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={pubs.data?.data ?? []}
        expandable={{
          expandedRowRender: (p) => (
            <Table
              rowKey="decisionNo"
              size="small"
              pagination={false}
              dataSource={p.entries}
              columns={[
                { title: t('fields.enterprise'), dataIndex: 'enterpriseName' },
                { title: t('blacklist.creditCode'), dataIndex: 'creditCode' },
                { title: t('fields.reason'), dataIndex: 'reason' },
                { title: t('fields.decisionNo'), dataIndex: 'decisionNo' },
                { title: t('blacklist.decidedOn'), dataIndex: 'decidedOn' },
              ]}
            />
          ),
        }}
        columns={[
          {
            title: t('blacklist.quarter'),
            render: (_, p) => t('blacklist.quarterLabel', { year: p.year, quarter: p.quarter }),
          },
          {
            title: t('fields.enterprises'),
            render: (_, p) => t('blacklist.entries', { n: p.entries.length }),
          },
          { title: t('fields.regulator'), dataIndex: 'regulatorName' },
          {
            title: t('fields.recordedAt'),
            dataIndex: 'publishedAt',
            render: (v: string) => formatDateTime(v),
          },
        ]}
      />
    </Card>
  );
}

type AddForm = {
  enterpriseId: string;
  legalBasis: string;
  reason: string;
  decisionNo: string;
  decidedOn: dayjs.Dayjs;
};

function AddDialog({ onClose }: { onClose: () => void }) {
  const t = useEnforcementT();
  const [form] = Form.useForm<AddForm>();
  const save = useFormMutation(form, useAddBlacklist(), { success: t('blacklist.add'), onSuccess: onClose });
  return (
    <Modal
      open
      title={t('blacklist.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form<AddForm>
        form={form}
        layout="vertical"
        initialValues={{ decidedOn: dayjs() }}
        onFinish={(v) => save.submit({ ...v, decidedOn: v.decidedOn.format('YYYY-MM-DD') })}
      >
        <Form.Item name="enterpriseId" label={t('fields.enterprise')} rules={[{ required: true }]}>
          <EnterpriseSelect />
        </Form.Item>
        <Form.Item name="reason" label={t('fields.reason')} rules={[{ required: true, max: 1000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('fields.legalBasis')} rules={[{ required: true, max: 300 }]}>
          <Input />
        </Form.Item>
        <Space>
          <Form.Item name="decisionNo" label={t('fields.decisionNo')} rules={[{ required: true, max: 60 }]}>
            <Input style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="decidedOn" label={t('blacklist.decidedOn')} rules={[{ required: true }]}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

function PublishDialog({ onClose }: { onClose: () => void }) {
  const t = useEnforcementT();
  const [form] = Form.useForm<{ year: number; quarter: number }>();
  const save = useFormMutation(form, usePublishBlacklist(), {
    success: t('blacklist.publish'),
    onSuccess: onClose,
  });
  const quarter = Math.floor((Number(todayIso().slice(5, 7)) - 1) / 3) + 1;
  return (
    <Modal
      open
      title={t('blacklist.publish')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="inline"
        initialValues={{ year: currentYear(), quarter }}
        onFinish={(v) => save.submit(v)}
      >
        <Form.Item name="year" label={t('fields.year')}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="quarter" label={t('blacklist.quarter')}>
          <Select style={{ width: 90 }} options={[1, 2, 3, 4].map((q) => ({ value: q, label: `Q${q}` }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
