import { ArrowLeftOutlined } from '@ant-design/icons';
import { majorHazardCriteria, type HazardDetail } from '@shuangkong/contracts';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Space, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../../shared/api/api-error.ts';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useSlotFills } from '../../../../shared/feature/slots.ts';
import { hazardDetailNotices } from '../../slots.ts';
import { formatDateTime } from '../../../../shared/format/date.ts';
import { useSession } from '../../../../shared/session/session.ts';
import { useHazard, type HazardStep } from '../../api/hazard-api.ts';
import { stepButtons, type HazardExtension } from '../../components/hazard-model.ts';
import { DueChip, HazardGradeTag, HazardStateTag, OverdueFlag } from '../../components/hazard-tags.tsx';
import '../../i18n.ts';
import {
  ExtensionsTable,
  HazardPhotos,
  HazardTimeline,
  PlanDescriptions,
  SignaturesTable,
} from './sections.tsx';
import { StepDialog } from './step-dialog.tsx';

type Open = { step: HazardStep; extension?: HazardExtension };

/** One hazard: its national fields, photos, plan, history, signatures, extensions and next steps. */
export function HazardDetailPage() {
  const { t } = useTranslation('hazard');
  // An enterprise's own people open /hazards/:id; regulators open /enterprises/:enterpriseId/hazards/:id.
  const { id = '', enterpriseId: enterpriseInPath } = useParams();
  const session = useSession();
  const enterpriseId = enterpriseInPath ?? session.enterprise?.id ?? '';
  const backTo = enterpriseInPath ? '/major-hazards' : '/hazards';
  const { data, isLoading, error } = useHazard(enterpriseId, id);
  const [open, setOpen] = useState<Open | null>(null);
  const notices = useSlotFills(hazardDetailNotices).filter((n) => n.visible(session));
  const back = (
    <Link to={backTo} data-testid="hazard-back">
      <ArrowLeftOutlined /> {t('detail.back')}
    </Link>
  );
  if (error) {
    const notFound = isApiError(error) && error.status === 404;
    return (
      <PageContainer title={t('list.title')} subTitle={back}>
        <Alert type="error" title={notFound ? t('detail.notFound') : errorMessage(t, error)} />
      </PageContainer>
    );
  }
  if (isLoading || !data) return <Skeleton active style={{ padding: 20 }} />;
  const h = data.data;
  return (
    <PageContainer
      title={
        <Space wrap size={8}>
          <span data-testid="hazard-title">{h.name}</span>
          <HazardGradeTag grade={h.grade} />
          <HazardStateTag state={h.state} />
          <OverdueFlag overdue={h.overdue} />
        </Space>
      }
      subTitle={back}
      extra={stepButtons(h.abilities).map((b) => (
        <Button
          key={b.step}
          type={b.primary ? 'primary' : 'default'}
          danger={b.danger}
          onClick={() => setOpen({ step: b.step })}
          data-testid={`hazard-action-${b.step}`}
        >
          {t(`actions.${b.step}`)}
        </Button>
      ))}
    >
      <Flex vertical gap={16}>
        {/* Fills load lazily: their own boundary keeps the page on screen meanwhile. */}
        <Suspense fallback={null}>
          {notices.map(({ key, component: Notice }) => (
            <Notice key={key} hazard={h} />
          ))}
        </Suspense>
        {h.mergedIntoId ? (
          <Alert
            type="info"
            showIcon
            title={t('detail.mergedHint')}
            action={<Link to={`/hazards/${h.mergedIntoId}`}>{t('detail.openMerged')}</Link>}
          />
        ) : null}
        <Card size="small" title={t('detail.basics')}>
          <HazardFacts hazard={h} />
        </Card>
        <Card size="small" title={t('detail.photos')}>
          <HazardPhotos photos={h.photos} />
        </Card>
        {h.plan ? (
          <Card size="small" title={t('detail.plan')}>
            <PlanDescriptions plan={h.plan} />
          </Card>
        ) : null}
        <Card size="small" title={t('detail.timeline')}>
          <HazardTimeline steps={h.timeline} />
        </Card>
        <Card size="small" title={t('detail.signatures')}>
          <SignaturesTable signatures={h.signatures} />
        </Card>
        {h.extensions.length > 0 || h.abilities.requestExtension ? (
          <Card size="small" title={t('detail.extensions')}>
            <ExtensionsTable
              extensions={h.extensions}
              abilities={h.abilities}
              onDecide={(step, extension) => setOpen({ step, extension })}
            />
          </Card>
        ) : null}
      </Flex>
      {open ? (
        <StepDialog
          enterpriseId={enterpriseId}
          hazard={h}
          step={open.step}
          extension={open.extension}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </PageContainer>
  );
}

/** The national fields (STANDARDS §5.1) under their Chinese names; '—' where not yet known. */
function HazardFacts({ hazard: h }: { hazard: HazardDetail }) {
  const { t } = useTranslation('hazard');
  const dash = '—';
  const criterion = h.majorCriterionKey
    ? majorHazardCriteria.find((c) => c.key === h.majorCriterionKey)
    : undefined;
  const code = (kind: string, value: number | null) => (value === null ? dash : t(`codes.${kind}.${value}`));
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} data-testid="hazard-facts">
      <Descriptions.Item label={t('fields.grade')}>
        {h.grade ? t(`grades.${h.grade}`) : dash}
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.hazardType')}>{code('hazardType', h.hazardType)}</Descriptions.Item>
      <Descriptions.Item label={t('fields.managementClassification')}>
        {code('managementClassification', h.managementClassification)}
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.occurrenceLink')}>
        {code('occurrenceLink', h.occurrenceLink)}
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.rectificationType')}>
        {h.rectificationType ? t(`rectificationTypes.${h.rectificationType}`) : dash}
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.dangerSrc')}>{code('dangerSrc', h.dangerSrc)}</Descriptions.Item>
      <Descriptions.Item label={t('fields.foundBy')}>{t(`foundBy.${h.foundBy}`)}</Descriptions.Item>
      <Descriptions.Item label={t('fields.unit')}>{h.unitName ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('fields.location')}>{h.location ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('fields.reporter')}>
        {h.reporterName ?? t('list.hiddenReporter')}
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.registeredAt')}>{formatDateTime(h.registeredAt)}</Descriptions.Item>
      <Descriptions.Item label={t('fields.owner')}>{h.ownerName ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('fields.deadline')}>
        {h.deadline ? (
          <Typography.Text type={h.overdue ? 'danger' : undefined}>{h.deadline}</Typography.Text>
        ) : (
          dash
        )}{' '}
        <DueChip due={h.due} />
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.cost')}>{h.cost ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('fields.acceptor')}>{h.acceptorName ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('fields.acceptedAt')}>{formatDateTime(h.acceptedAt)}</Descriptions.Item>
      {h.enforcementId ? (
        <Descriptions.Item label={t('fields.enforcementId')}>{h.enforcementId}</Descriptions.Item>
      ) : null}
      {criterion ? (
        <Descriptions.Item label={t('fields.majorCriterion')} span="filled">
          <Typography.Text>{`${criterion.item}\u3000${criterion.text}`}</Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {criterion.standard}
          </Typography.Text>
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label={t('fields.description')} span="filled">
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {h.description}
        </Typography.Paragraph>
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.cause')} span="filled">
        {h.cause ?? dash}
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.measures')} span="filled">
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {h.measures ?? dash}
        </Typography.Paragraph>
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.acceptanceComment')} span="filled">
        {h.acceptanceComment ?? dash}
      </Descriptions.Item>
    </Descriptions>
  );
}
