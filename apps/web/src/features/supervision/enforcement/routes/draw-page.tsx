import type { DrawDetail, DrawVerification } from '@shuangkong/contracts';
import { Alert, Button, Card, Collapse, Descriptions, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useDraw, useVerifyDraw, useVerifyStoredDraw } from '../api/enforcement-api.ts';
import { useEnforcementT } from './enforcement-shared.tsx';
import { inspectionPath } from './inspections-tab.tsx';

/** One draw as published: seed, pools, exclusions, result, and its reproduction (复现验证). */
export function DrawPage() {
  const t = useEnforcementT();
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const draw = useDraw(id);
  const d = draw.data?.data;
  return (
    <PageContainer
      title={d ? d.title : t('draws.picks')}
      extra={<Link to="/enforcement?tab=draws">{t('inspections.back')}</Link>}
    >
      {draw.error ? <Alert type="error" title={errorMessage(tc, draw.error)} /> : null}
      {d ? <DrawBody d={d} /> : null}
    </PageContainer>
  );
}

function DrawBody({ d }: { d: DrawDetail }) {
  const t = useEnforcementT();
  const names = new Map(
    [...d.input.enterprises, ...d.input.inspectors, ...d.input.experts].map((p) => [p.id, p.name]),
  );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Descriptions size="small" bordered column={2}>
        <Descriptions.Item label={t('fields.seed')}>
          <Typography.Text code copyable data-testid="draw-seed">
            {d.seed}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('draws.algorithm')}>{d.algorithm}</Descriptions.Item>
        <Descriptions.Item label={t('draws.pool')}>{d.poolName}</Descriptions.Item>
        <Descriptions.Item label={t('fields.drawnAt')}>
          {formatDateTime(d.drawnAt)} {d.drawnByName}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.digest')} span={2}>
          <Typography.Text code style={{ fontSize: 12 }} data-testid="draw-digest">
            {d.resultDigest}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t('draws.picks')}>
        <Table
          rowKey="enterpriseId"
          size="small"
          pagination={false}
          dataSource={d.picks}
          data-testid="draw-picks"
          columns={[
            { title: '#', width: 40, render: (_, __, i) => i + 1 },
            { title: t('fields.enterprise'), dataIndex: 'enterpriseName' },
            { title: t('fields.inspectors'), render: (_, p) => p.inspectorNames.join('、') },
            { title: t('fields.experts'), dataIndex: 'expertName', render: (v: string | null) => v ?? '—' },
            {
              title: t('draws.inspection'),
              width: 140,
              render: (_, p) =>
                p.inspectionId ? (
                  <Link
                    to={inspectionPath({ enterpriseId: p.enterpriseId, id: p.inspectionId })}
                    data-testid="draw-pick-inspection"
                  >
                    {p.inspectionState === 'recorded' ? t('state.recorded') : t('draws.record')}
                  </Link>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Card>
      <VerifyCard d={d} />
      <Collapse
        items={[
          {
            key: 'input',
            label: `${t('draws.input')}（${t('fields.enterprises')} ${d.input.enterprises.length}，${t('fields.inspectors')} ${d.input.inspectors.length}）`,
            children: (
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('fields.enterprises')}>
                  {d.input.enterprises.map((e) => e.name).join('、')}
                </Descriptions.Item>
                <Descriptions.Item label={t('fields.inspectors')}>
                  {d.input.inspectors.map((e) => e.name).join('、')}
                </Descriptions.Item>
                <Descriptions.Item label={t('fields.experts')}>
                  {d.input.experts.map((e) => e.name).join('、') || '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('draws.barred')}>
                  {d.input.barred
                    .map((b) => `${names.get(b.enterpriseId) ?? ''} × ${names.get(b.inspectorId) ?? ''}`)
                    .join('；') || '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('draws.previous')}>
                  {d.input.previousPairs
                    .map(
                      (p) =>
                        `${names.get(p.enterpriseId) ?? ''}：${p.inspectorIds.map((x) => names.get(x) ?? x).join('、')}`,
                    )
                    .join('；') || '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('draws.excluded')}>
                  {d.excluded.length === 0
                    ? '—'
                    : d.excluded.map((e) => (
                        <Tag key={e.enterpriseId}>
                          {e.enterpriseName}（{t(`draws.excludedReason.${e.reason}`)} {e.on}）
                        </Tag>
                      ))}
                </Descriptions.Item>
                <Descriptions.Item label={t('draws.method')}>{t('draws.methodText')}</Descriptions.Item>
              </Descriptions>
            ),
          },
        ]}
      />
    </Space>
  );
}

function VerifyCard({ d }: { d: DrawDetail }) {
  const t = useEnforcementT();
  const { t: tc } = useTranslation();
  const stored = useVerifyStoredDraw();
  const trial = useVerifyDraw();
  const [seed, setSeed] = useState(d.seed);
  const names = new Map(
    [...d.input.enterprises, ...d.input.inspectors, ...d.input.experts].map((p) => [p.id, p.name]),
  );
  const show = (v: DrawVerification | undefined) =>
    v ? (
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert
          type={v.matches ? 'success' : 'warning'}
          title={v.matches ? t('draws.matches') : t('draws.differs')}
          data-testid="draw-verify-result"
          data-matches={String(v.matches)}
        />
        <Typography.Text type="secondary">
          {t('draws.tryResult')}：
          {v.result.picks
            .map(
              (p) =>
                `${names.get(p.enterpriseId) ?? ''}（${p.inspectorIds.map((x) => names.get(x) ?? '').join('、')}）`,
            )
            .join('；')}
        </Typography.Text>
      </Space>
    ) : null;
  return (
    <Card size="small" title={t('draws.verify')}>
      <Typography.Paragraph type="secondary">{t('draws.verifyHelp')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          onClick={() => {
            trial.reset();
            stored.mutate(d.id);
          }}
          loading={stored.isPending}
          data-testid="draw-verify"
        >
          {t('draws.recompute')}
        </Button>
        <Input
          value={seed}
          onChange={(e) => setSeed(e.target.value)}
          style={{ width: 240 }}
          maxLength={64}
          data-testid="draw-verify-seed"
        />
        <Button
          onClick={() => {
            stored.reset();
            trial.mutate({ input: { ...d.input, seed }, expectedDigest: d.resultDigest });
          }}
          loading={trial.isPending}
          disabled={seed.trim() === ''}
          data-testid="draw-verify-trial"
        >
          {t('draws.verify')}
        </Button>
      </Space>
      {stored.error ? <Alert type="error" title={errorMessage(tc, stored.error)} /> : null}
      {trial.error ? <Alert type="error" title={errorMessage(tc, trial.error)} /> : null}
      {show(trial.data?.data ?? stored.data?.data)}
    </Card>
  );
}
