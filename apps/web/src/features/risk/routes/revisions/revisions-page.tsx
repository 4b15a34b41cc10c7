import { Alert, App, Button, Card, Empty, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useSession } from '../../../../shared/session/session.ts';
import {
  usePublishRevision,
  useRevisionDiff,
  useRevisions,
  type RevisionListItem,
} from '../../api/list-api.ts';
import { diffCounts, diffRows, type DiffRow } from '../../components/diff-model.ts';
import { LevelTag } from '../../components/tags.tsx';

const changeColor = { added: 'green', removed: 'red', changed: 'blue' } as const;

function DiffView({ enterpriseId, pair }: { enterpriseId: string; pair: [number, number] }) {
  const { t } = useTranslation('risk');
  const { data, isLoading, error } = useRevisionDiff(enterpriseId, pair);
  if (error) return <Alert type="error" title={errorMessage(t, error)} />;
  const rows = data ? diffRows(data.data) : [];
  const counts = diffCounts(rows);
  return (
    <Card
      title={t('revisions.compareTitle', { a: pair[0], b: pair[1] })}
      loading={isLoading}
      data-testid="risk-revision-diff"
      extra={
        <Space>
          <Tag color="green">
            {t('revisions.added')} {counts.added}
          </Tag>
          <Tag color="red">
            {t('revisions.removed')} {counts.removed}
          </Tag>
          <Tag color="blue">
            {t('revisions.changed')} {counts.changed}
          </Tag>
          {data ? (
            <Typography.Text type="secondary">
              {t('revisions.unchanged', { count: data.data.unchangedCount })}
            </Typography.Text>
          ) : null}
        </Space>
      }
    >
      {rows.length === 0 && !isLoading ? <Empty description={t('revisions.noChanges')} /> : null}
      {rows.length > 0 ? (
        <Table<DiffRow>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={rows}
          rowClassName={(r) => (r.isEscalation ? 'risk-escalation' : '')}
          columns={[
            {
              title: '',
              dataIndex: 'change',
              width: 70,
              render: (c: DiffRow['change']) => <Tag color={changeColor[c]}>{t(`revisions.${c}`)}</Tag>,
            },
            {
              title: '',
              dataIndex: 'entity',
              width: 80,
              render: (e: DiffRow['entity']) => t(`revisions.entity.${e}`),
            },
            { title: t('register.unitTitle'), dataIndex: 'unit', width: 180 },
            { title: t('common.name'), dataIndex: 'title' },
            {
              title: t('revisions.changed'),
              key: 'd',
              render: (_: unknown, r) => (
                <>
                  {r.levelChanges.map((c, i) => (
                    <div key={i} style={{ color: r.isEscalation ? '#cf1322' : undefined }}>
                      {t(`assessmentKinds.${c.kind}`)}：<LevelTag level={c.from} short />→
                      <LevelTag level={c.to} short />
                    </div>
                  ))}
                  {r.fields.map((f, i) => (
                    <div key={`f${i}`}>
                      {t('revisions.field', { field: f.field, from: f.from, to: f.to })}
                    </div>
                  ))}
                </>
              ),
            },
          ]}
        />
      ) : null}
    </Card>
  );
}

/** 版本记录: published revisions of the register, publish a new one, compare two. */
export function RevisionsPage() {
  const { t } = useTranslation('risk');
  const { message } = App.useApp();
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? '';
  const { data, isLoading, error } = useRevisions(enterpriseId);
  const publish = usePublishRevision(enterpriseId);
  const [selected, setSelected] = useState<number[]>([]);
  const [pair, setPair] = useState<[number, number] | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [note, setNote] = useState('');
  return (
    <PageContainer
      title={t('revisions.title')}
      subTitle={t('revisions.subtitle')}
      extra={
        <>
          <Button
            disabled={selected.length !== 2}
            onClick={() => {
              const [a = 0, b = 0] = [...selected].sort((x, y) => x - y);
              setPair([a, b]);
            }}
            data-testid="risk-revision-compare"
          >
            {t('revisions.compare')}
          </Button>
          {data?.abilities.canPublish ? (
            <Button type="primary" onClick={() => setPublishing(true)} data-testid="risk-revision-publish">
              {t('revisions.publish')}
            </Button>
          ) : null}
        </>
      }
    >
      {error ? <Alert type="error" title={errorMessage(t, error)} style={{ marginBottom: 12 }} /> : null}
      <Table<RevisionListItem>
        rowKey="revision"
        loading={isLoading}
        dataSource={data?.data ?? []}
        data-testid="risk-revisions"
        style={{ marginBottom: 16 }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(Number).slice(-2)),
        }}
        footer={() => <Typography.Text type="secondary">{t('revisions.pickTwo')}</Typography.Text>}
        columns={[
          {
            title: t('revisions.revision'),
            dataIndex: 'revision',
            width: 90,
            render: (v: number) => `V${v}`,
          },
          { title: t('revisions.note'), dataIndex: 'note' },
          {
            title: t('register.counts'),
            key: 's',
            render: (_: unknown, r) =>
              t('revisions.summary', {
                units: r.summary.units,
                events: r.summary.events,
                measures: r.summary.measures,
              }),
          },
          { title: t('revisions.publishedBy'), dataIndex: 'publishedByName', width: 100 },
          {
            title: t('revisions.publishedAt'),
            dataIndex: 'publishedAt',
            width: 160,
            render: (v: string) => formatDateTime(v),
          },
        ]}
      />
      {pair ? <DiffView enterpriseId={enterpriseId} pair={pair} /> : null}
      <Modal
        open={publishing}
        title={t('revisions.publish')}
        onCancel={() => setPublishing(false)}
        confirmLoading={publish.isPending}
        okButtonProps={{ 'data-testid': 'risk-revision-publish-confirm' }}
        onOk={() =>
          publish.mutate(note.trim(), {
            onSuccess: (res) => {
              void message.success(t('revisions.published', { revision: res.data.revision }));
              setPublishing(false);
              setNote('');
            },
            onError: (e) => void message.error(errorMessage(t, e)),
          })
        }
      >
        <Input.TextArea
          rows={3}
          placeholder={t('revisions.publishNote')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={1000}
        />
      </Modal>
    </PageContainer>
  );
}
