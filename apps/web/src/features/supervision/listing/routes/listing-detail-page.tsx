import type { ListingDetail } from '@shuangkong/contracts';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Image,
  List,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../../shared/components/error-result.tsx';
import { FullPageSpin } from '../../../../shared/components/full-page-spin.tsx';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { formatDate, formatDateTime } from '../../../../shared/format/date.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useListing, type ListingStep } from '../api/listing-api.ts';
import { DueChip, ListingStateTag } from '../components/listing-tags.tsx';
import { ListingStepDialog } from './listing-step-dialog.tsx';
import '../../i18n.ts';

/** Each ability of the page and the step its dialog records. */
const actions: { ability: keyof ListingDetail['abilities']; step: ListingStep; danger?: boolean }[] = [
  { ability: 'requestEvaluation', step: 'requestEvaluation' },
  { ability: 'recordEvaluation', step: 'evaluations' },
  { ability: 'recordVerification', step: 'verifications' },
  { ability: 'delist', step: 'delisting' },
  { ability: 'recordInterview', step: 'interviews' },
  { ability: 'expose', step: 'exposure', danger: true },
];

/**
 * One listed major hazard: the listing, the enterprise's plan and progress read live from its
 * hazard records, the evaluations, verifications, interviews, exposure and delisting — and the
 * buttons the user's role allows now.
 */
export function ListingDetailPage() {
  const { t } = useTranslation('supervision');
  const { id = '' } = useParams();
  const query = useListing(id);
  const [step, setStep] = useState<ListingStep | null>(null);
  if (query.isLoading) return <FullPageSpin />;
  if (query.error || !query.data) return <ErrorResult error={query.error} />;
  const l = query.data.data;
  return (
    <PageContainer
      title={
        <Space>
          <span data-testid="listing-title">{l.hazardName}</span>
          <ListingStateTag state={l.state} />
          {l.exposed ? <Tag color="red">{t('listing.exposed')}</Tag> : null}
        </Space>
      }
      subTitle={<Link to="/supervision/listings">{t('listing.detail.back')}</Link>}
      extra={
        <Space wrap>
          {actions
            .filter((a) => l.abilities[a.ability])
            .map((a) => (
              <Button
                key={a.step}
                type={a.danger ? 'default' : 'primary'}
                danger={a.danger ?? false}
                onClick={() => setStep(a.step)}
                data-testid={`listing-action-${a.ability}`}
              >
                {t(`listing.actions.${a.ability}`)}
              </Button>
            ))}
        </Space>
      }
    >
      {l.overdue ? (
        <Alert type="error" showIcon title={t('listing.detail.overdueAlert')} style={{ marginBottom: 12 }} />
      ) : null}
      {l.evaluationDueChip?.overdueDays ? (
        <Alert
          type="warning"
          showIcon
          title={t('listing.detail.evaluationOverdue')}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Flex vertical gap={16}>
        <Overview listing={l} />
        <Progress listing={l} />
        <Records listing={l} />
      </Flex>
      {step ? <ListingStepDialog listing={l} step={step} onClose={() => setStep(null)} /> : null}
    </PageContainer>
  );
}

function Overview({ listing: l }: { listing: ListingDetail }) {
  const { t } = useTranslation('supervision');
  return (
    <Card title={t('listing.detail.overview')} size="small">
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('listing.fields.enterprise')}>{l.enterpriseName}</Descriptions.Item>
        <Descriptions.Item label={t('listing.fields.authority')}>
          {l.authorityName} <Tag>{t(`listing.authorities.${l.authority}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('listing.fields.documentNo')}>
          <span data-testid="listing-document-no">{l.documentNo}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('listing.fields.deadline')}>
          <Space size={4}>
            <span data-testid="listing-deadline">{l.deadline}</span>
            <DueChip due={l.due} testId="listing-due" />
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('listing.fields.listedAt')}>
          {formatDateTime(l.listedAt)} {l.listedByName ?? ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('listing.fields.published')}>
          {l.published ? t('listing.fields.published') : t('listing.unpublished')}
        </Descriptions.Item>
        {l.agency ? (
          <Descriptions.Item label={t('listing.fields.agency')}>{l.agency.name}</Descriptions.Item>
        ) : null}
        {l.evaluationDue ? (
          <Descriptions.Item label={t('listing.fields.evaluationDue')}>
            <Space size={4}>
              {l.evaluationDue}
              <DueChip due={l.evaluationDueChip} testId="listing-evaluation-due" />
            </Space>
          </Descriptions.Item>
        ) : null}
        {l.returns > 0 ? (
          <Descriptions.Item label={t('listing.fields.returns')}>{l.returns}</Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('listing.fields.requirements')} span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            {l.requirements}
          </Typography.Paragraph>
        </Descriptions.Item>
        {l.evaluationRequestedAt ? (
          <Descriptions.Item span={2}>
            {t('listing.detail.evaluationRequested', { at: formatDateTime(l.evaluationRequestedAt) })}
            {l.evaluationRequestNote ? `：${l.evaluationRequestNote}` : ''}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}

function Progress({ listing: l }: { listing: ListingDetail }) {
  const { t } = useTranslation('supervision');
  const session = useSession();
  const h = l.hazard;
  const hazardLink =
    session.workspace === 'enterprise'
      ? `/hazards/${h.id}`
      : session.workspace === 'regulator'
        ? `/enterprises/${l.enterpriseId}/hazards/${h.id}`
        : null;
  return (
    <Card
      title={t('listing.detail.progress')}
      size="small"
      extra={hazardLink ? <Link to={hazardLink}>{t('listing.detail.hazardLink')}</Link> : null}
      data-testid="listing-progress"
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('listing.fields.hazardState')}>
          <Tag data-testid="listing-hazard-state">{t(`listing.hazardStates.${h.state}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('listing.fields.deadline')}>{h.deadline ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('listing.fields.hazard')} span={2}>
          {h.description}
          {h.location ? `（${h.location}）` : ''}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t('listing.detail.plan')}</Typography.Title>
      {h.plan ? (
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('listing.detail.planGoal')} span={2}>
            {h.plan.goal}
          </Descriptions.Item>
          <Descriptions.Item label={t('listing.detail.planMeasures')} span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{h.plan.measures}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('listing.detail.planFunds')}>{h.plan.funds}</Descriptions.Item>
          <Descriptions.Item label={t('listing.detail.planDeadline')}>{h.plan.deadline}</Descriptions.Item>
          <Descriptions.Item label={t('listing.detail.planOrganisation')}>
            {h.plan.organisation}
          </Descriptions.Item>
          <Descriptions.Item label={t('listing.detail.planOwner')}>
            {h.plan.ownerName ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('listing.detail.planContingency')} span={2}>
            {h.plan.contingency}
          </Descriptions.Item>
          <Descriptions.Item label={t('listing.detail.planApproved')} span={2}>
            {h.plan.approvedAt
              ? `${h.plan.approvedByName ?? ''} ${formatDateTime(h.plan.approvedAt)}`
              : t('listing.detail.planNotApproved')}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">{t('listing.detail.noPlan')}</Typography.Text>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('listing.detail.steps')}
      </Typography.Title>
      {h.steps.length === 0 ? (
        <Typography.Text type="secondary">{t('listing.detail.noSteps')}</Typography.Text>
      ) : (
        <Timeline
          items={h.steps.map((s) => ({
            key: s.id,
            children: (
              <>
                <Typography.Text strong>
                  {t(`listing.hazardSteps.${s.action}`, { defaultValue: s.action })}
                </Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {formatDateTime(s.at)} {s.actorName ?? ''}
                </Typography.Text>
                {s.note ? <div>{s.note}</div> : null}
              </>
            ),
          }))}
        />
      )}
      {h.photos.length > 0 ? (
        <>
          <Typography.Title level={5}>{t('listing.detail.photos')}</Typography.Title>
          <Image.PreviewGroup>
            <Space wrap>
              {h.photos.map((p) => (
                <Image key={p.fileId} src={p.url} width={96} height={96} style={{ objectFit: 'cover' }} />
              ))}
            </Space>
          </Image.PreviewGroup>
        </>
      ) : null}
      {h.signatures.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('listing.detail.signatures')}
          </Typography.Title>
          <Space wrap>
            {h.signatures.map((s) => (
              <Tag key={`${s.kind}-${s.signedAt}`}>
                {t(`listing.hazardSteps.${s.kind}`, { defaultValue: s.kind })} · {s.signerName} ·{' '}
                {formatDateTime(s.signedAt)}
              </Tag>
            ))}
          </Space>
        </>
      ) : null}
    </Card>
  );
}

const PassTag = ({ passed }: { passed: boolean }) => {
  const { t } = useTranslation('supervision');
  return passed ? (
    <Tag color="green">{t('listing.detail.passed')}</Tag>
  ) : (
    <Tag color="red">{t('listing.detail.failed')}</Tag>
  );
};

function Records({ listing: l }: { listing: ListingDetail }) {
  const { t } = useTranslation('supervision');
  return (
    <>
      <Card title={t('listing.detail.evaluations')} size="small" data-testid="listing-evaluations">
        {l.evaluations.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('listing.detail.noEvaluations')} />
        ) : (
          <List
            dataSource={l.evaluations}
            renderItem={(e) => (
              <List.Item key={e.id}>
                <Descriptions
                  column={{ xs: 1, md: 2 }}
                  size="small"
                  title={
                    <Space>
                      {e.agencyName}
                      <PassTag passed={e.passed} />
                    </Space>
                  }
                >
                  <Descriptions.Item label={t('listing.detail.evaluators')}>{e.evaluators}</Descriptions.Item>
                  <Descriptions.Item label={t('listing.detail.evaluatedOn')}>
                    {e.evaluatedOn}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('listing.detail.conclusion')} span={2}>
                    {e.conclusion}
                  </Descriptions.Item>
                  {e.reasons ? (
                    <Descriptions.Item label={t('listing.detail.reasons')} span={2}>
                      {e.reasons}
                    </Descriptions.Item>
                  ) : null}
                  <Descriptions.Item label={t('listing.detail.report')}>
                    <a href={e.reportFile.url} target="_blank" rel="noreferrer">
                      {e.reportFile.name}
                    </a>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('listing.detail.recordedBy')}>
                    {e.recordedByName ?? '—'} {formatDateTime(e.recordedAt)}
                  </Descriptions.Item>
                </Descriptions>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card title={t('listing.detail.verifications')} size="small" data-testid="listing-verifications">
        {l.verifications.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('listing.detail.noVerifications')} />
        ) : (
          <List
            dataSource={l.verifications}
            renderItem={(v) => (
              <List.Item key={v.id}>
                <Descriptions column={{ xs: 1, md: 2 }} size="small" title={<PassTag passed={v.passed} />}>
                  <Descriptions.Item label={t('listing.detail.verifiedOn')}>{v.verifiedOn}</Descriptions.Item>
                  <Descriptions.Item label={t('listing.detail.inspectors')}>{v.inspectors}</Descriptions.Item>
                  <Descriptions.Item label={t('listing.detail.conclusion')} span={2}>
                    {v.conclusion}
                  </Descriptions.Item>
                </Descriptions>
              </List.Item>
            )}
          />
        )}
      </Card>
      {l.interviewRecords.length > 0 ? (
        <Card title={t('listing.detail.interviews')} size="small" data-testid="listing-interviews">
          <List
            dataSource={l.interviewRecords}
            renderItem={(i) => (
              <List.Item key={i.id}>
                <Descriptions column={{ xs: 1, md: 2 }} size="small">
                  <Descriptions.Item label={t('listing.detail.heldOn')}>{i.heldOn}</Descriptions.Item>
                  <Descriptions.Item label={t('listing.detail.attendees')}>{i.attendees}</Descriptions.Item>
                  <Descriptions.Item label={t('listing.detail.content')} span={2}>
                    {i.content}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('listing.detail.commitments')} span={2}>
                    {i.commitments}
                  </Descriptions.Item>
                </Descriptions>
              </List.Item>
            )}
          />
        </Card>
      ) : null}
      {l.exposureNotice ? (
        <Card title={t('listing.detail.exposure')} size="small">
          <Typography.Paragraph>{l.exposureNotice}</Typography.Paragraph>
          <Typography.Text type="secondary">{formatDateTime(l.exposedAt)}</Typography.Text>
        </Card>
      ) : null}
      {l.delistingNotice ? (
        <Card title={t('listing.detail.delisting')} size="small" data-testid="listing-delisting">
          <Typography.Paragraph>{l.delistingNotice}</Typography.Paragraph>
          <Typography.Text type="secondary">{formatDate(l.delistedAt)}</Typography.Text>
        </Card>
      ) : null}
    </>
  );
}
