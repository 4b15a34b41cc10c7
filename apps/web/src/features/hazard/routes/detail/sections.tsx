import type { HazardDetail, HazardSignature } from '@shuangkong/contracts';
import {
  Button,
  Descriptions,
  Empty,
  Flex,
  Image,
  Space,
  Table,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/format/date.ts';
import {
  extensionDecisions,
  orderedTimeline,
  photosByKind,
  timelineColor,
  type HazardAbilities,
  type HazardExtension,
  type HazardPhoto,
  type TimelineStep,
} from '../../components/hazard-model.ts';

/** 整改前 / 整改后 thumbnails; a click opens the group in the viewer. */
export function HazardPhotos({ photos }: { photos: readonly HazardPhoto[] }) {
  const { t } = useTranslation('hazard');
  const split = photosByKind(photos);
  if (photos.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('photos.none')} />;
  return (
    // Before and after side by side, as a reviewer compares them.
    <Flex gap={32} wrap data-testid="hazard-photos">
      {(['before', 'after'] as const).map((kind) =>
        split[kind].length === 0 ? null : (
          <div key={kind}>
            <Typography.Text type="secondary">{t(`photoKinds.${kind}`)}</Typography.Text>
            <Flex gap={8} wrap style={{ marginTop: 6 }}>
              <Image.PreviewGroup>
                {split[kind].map((p) => (
                  <Image
                    key={p.fileId}
                    src={p.url}
                    width={96}
                    height={96}
                    style={{ objectFit: 'cover', borderRadius: 4 }}
                    alt={t(`photoKinds.${kind}`)}
                    data-testid={`hazard-photo-${kind}`}
                  />
                ))}
              </Image.PreviewGroup>
            </Flex>
          </div>
        ),
      )}
    </Flex>
  );
}

/** 重大事故隐患治理方案: 五落实 first (责任、措施、资金、时限、预案), then the plan's other parts. */
export function PlanDescriptions({ plan }: { plan: NonNullable<HazardDetail['plan']> }) {
  const { t } = useTranslation('hazard');
  const pre = (text: string) => (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{text}</Typography.Paragraph>
  );
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="hazard-plan">
      <Descriptions.Item label={t('plan.owner')}>{plan.ownerName ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('plan.deadline')}>{plan.deadline}</Descriptions.Item>
      <Descriptions.Item label={t('plan.funds')}>{plan.funds}</Descriptions.Item>
      <Descriptions.Item label={t('plan.approvedAt')}>
        {plan.approvedAt ? formatDateTime(plan.approvedAt) : <Tag color="gold">{t('plan.notApproved')}</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label={t('plan.measures')} span="filled">
        {pre(plan.measures)}
      </Descriptions.Item>
      <Descriptions.Item label={t('plan.contingency')} span="filled">
        {pre(plan.contingency)}
      </Descriptions.Item>
      <Descriptions.Item label={t('plan.goal')} span="filled">
        {pre(plan.goal)}
      </Descriptions.Item>
      <Descriptions.Item label={t('plan.organisation')} span="filled">
        {pre(plan.organisation)}
      </Descriptions.Item>
      <Descriptions.Item label={t('plan.protectiveMeasures')} span="filled">
        {pre(plan.protectiveMeasures)}
      </Descriptions.Item>
      {plan.materials ? (
        <Descriptions.Item label={t('plan.materials')} span="filled">
          {pre(plan.materials)}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

/** 处理记录: each step with its name, who, when, the state it moved the hazard to and its note. */
export function HazardTimeline({ steps }: { steps: readonly TimelineStep[] }) {
  const { t } = useTranslation('hazard');
  if (steps.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noTimeline')} />;
  return (
    <Timeline
      data-testid="hazard-timeline"
      items={orderedTimeline(steps).map((s) => ({
        key: s.id,
        color: timelineColor(s),
        content: (
          <div data-testid="hazard-timeline-step" data-action={s.action}>
            <Space wrap size={8}>
              <Typography.Text strong>{t(`actions.${s.action}`)}</Typography.Text>
              <Typography.Text>{s.actorName ?? t('timeline.system')}</Typography.Text>
              <Typography.Text type="secondary">{formatDateTime(s.at)}</Typography.Text>
            </Space>
            <div>
              <Typography.Text type="secondary">
                {s.fromState && s.fromState !== s.toState
                  ? t('timeline.transition', {
                      from: t(`states.${s.fromState}`),
                      to: t(`states.${s.toState}`),
                    })
                  : t(`states.${s.toState}`)}
              </Typography.Text>
            </div>
            {s.note ? <div style={{ whiteSpace: 'pre-wrap' }}>{s.note}</div> : null}
          </div>
        ),
      }))}
    />
  );
}

/** 签字记录 with the server's re-verification of each signed content. */
export function SignaturesTable({ signatures }: { signatures: readonly HazardSignature[] }) {
  const { t } = useTranslation('hazard');
  return (
    <Table<HazardSignature>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...signatures].sort((a, b) => a.signedAt.localeCompare(b.signedAt))}
      locale={{ emptyText: t('detail.noSignatures') }}
      data-testid="hazard-signatures"
      columns={[
        {
          title: t('signatures.kind'),
          dataIndex: 'kind',
          render: (kind: string) => t(`signatureKinds.${kind}`),
        },
        { title: t('signatures.signer'), dataIndex: 'signerName' },
        {
          title: t('signatures.signedAt'),
          dataIndex: 'signedAt',
          render: (at: string) => formatDateTime(at),
        },
        {
          title: t('signatures.hash'),
          dataIndex: 'contentSha256',
          render: (hash: string) => (
            <Tooltip title={hash}>
              <Typography.Text code>{hash.slice(0, 16)}…</Typography.Text>
            </Tooltip>
          ),
        },
        {
          title: t('signatures.verified'),
          dataIndex: 'verified',
          width: 80,
          align: 'center',
          render: (verified: boolean) => (
            <Tooltip title={verified ? t('signatures.verifiedYes') : t('signatures.verifiedNo')}>
              <Typography.Text
                type={verified ? 'success' : 'danger'}
                strong
                data-testid="hazard-signature-verified"
                data-verified={String(verified)}
              >
                {verified ? '✓' : '✗'}
              </Typography.Text>
            </Tooltip>
          ),
        },
      ]}
    />
  );
}

const extensionColor: Record<HazardExtension['state'], string> = {
  requested: 'gold',
  approved: 'success',
  refused: 'default',
};

/** 延期申请, a pending one with the approve/refuse buttons the abilities allow. */
export function ExtensionsTable({
  extensions,
  abilities,
  onDecide,
}: {
  extensions: readonly HazardExtension[];
  abilities: HazardAbilities;
  onDecide: (step: 'approveExtension' | 'refuseExtension', extension: HazardExtension) => void;
}) {
  const { t } = useTranslation('hazard');
  return (
    <Table<HazardExtension>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...extensions].sort((a, b) => a.requestedAt.localeCompare(b.requestedAt))}
      locale={{ emptyText: t('detail.noExtensions') }}
      data-testid="hazard-extensions"
      columns={[
        { title: t('extensions.reason'), dataIndex: 'reason' },
        { title: t('extensions.oldDeadline'), dataIndex: 'oldDeadline', width: 110 },
        { title: t('extensions.newDeadline'), dataIndex: 'newDeadline', width: 110 },
        {
          title: t('extensions.state'),
          dataIndex: 'state',
          width: 90,
          render: (state: HazardExtension['state']) => (
            <Tag color={extensionColor[state]}>{t(`extensionStates.${state}`)}</Tag>
          ),
        },
        {
          title: t('extensions.requestedAt'),
          dataIndex: 'requestedAt',
          width: 150,
          render: (at: string) => formatDateTime(at),
        },
        {
          title: t('extensions.decidedAt'),
          dataIndex: 'decidedAt',
          width: 150,
          render: (at: string | null) => formatDateTime(at),
        },
        {
          key: 'actions',
          width: 200,
          render: (_: unknown, e) => (
            <Space size={4}>
              {extensionDecisions(abilities, e).map((step) => (
                <Button
                  key={step}
                  size="small"
                  type={step === 'approveExtension' ? 'primary' : 'default'}
                  danger={step === 'refuseExtension'}
                  onClick={() => onDecide(step, e)}
                  data-testid={`hazard-${step}`}
                >
                  {t(`actions.${step}`)}
                </Button>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}
