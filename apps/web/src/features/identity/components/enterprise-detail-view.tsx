import { EnterpriseFactsDescriptions } from './enterprise-facts.tsx';
import { AuditOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Skeleton, Space, Tabs } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '../../../shared/components/error-result.tsx';
import { PageContainer } from '../../../shared/components/page-container.tsx';
import { useSlotFills } from '../../../shared/feature/slots.ts';
import { formatDateTime } from '../../../shared/format/date.ts';
import { hasPermission, useSession } from '../../../shared/session/session.ts';
import { useEnterprise } from '../api/enterprise-api.ts';
import { useIndustries } from '../api/reference-api.ts';
import { enterpriseDetailTabs } from '../slots.ts';
import { AuditTimeline } from './audit-timeline.tsx';
import { EnterpriseStatusTag, HighRiskTag } from './enterprise-tags.tsx';
import { industryNames } from './reference-labels.ts';
import { ReviewModal } from './review-modal.tsx';

type Props = { enterpriseId: string; title: string; editPath: string };

/** 一企一档 header: the enterprise's registered facts, its review state and its change history. */
export function EnterpriseDetailView({ enterpriseId, title, editPath }: Props) {
  const { t, i18n } = useTranslation('enterprise');
  const session = useSession();
  const { data, isLoading, error, refetch } = useEnterprise(enterpriseId);
  const { data: industries } = useIndustries();
  const [isReviewing, setReviewing] = useState(false);
  const extraTabs = useSlotFills(enterpriseDetailTabs);
  const canSeeAudit = hasPermission(session, 'audit.read');

  if (isLoading)
    return (
      <PageContainer title={title}>
        <Skeleton active />
      </PageContainer>
    );
  if (error || !data) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  const { data: e, abilities } = data;
  const dash = '—';

  const info = (
    <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle" data-testid="enterprise-descriptions">
      <Descriptions.Item label={t('fields.name')} span={2}>
        <Space wrap>
          {e.name}
          {e.isHighRisk ? <HighRiskTag /> : null}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.creditCode')}>{e.creditCode}</Descriptions.Item>
      <Descriptions.Item label={t('fields.status')}>
        <EnterpriseStatusTag status={e.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.jurisdiction')}>{e.jurisdictionName}</Descriptions.Item>
      <Descriptions.Item label={t('fields.address')}>{e.address}</Descriptions.Item>
      <Descriptions.Item label={t('fields.industries')}>
        {industryNames(e.industryCodes, industries, i18n.language).join('、')}
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.scale')}>{t(`scale.${e.scale}`)}</Descriptions.Item>
      <Descriptions.Item label={t('fields.principalName')}>
        {e.principal.name} · {e.principal.phone}
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.contactName')}>
        {e.contact.name} · {e.contact.phone}
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.employeeCount')}>{e.employeeCount ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('fields.safeSinceDate')}>{e.safeSinceDate ?? dash}</Descriptions.Item>
      <Descriptions.Item label={t('fields.location')}>
        {e.location ? `${e.location.lat.toFixed(6)}, ${e.location.lng.toFixed(6)}` : t('detail.noLocation')}
      </Descriptions.Item>
      <Descriptions.Item label={t('fields.reviewReason')}>{e.reviewReason || dash}</Descriptions.Item>
      <Descriptions.Item label={t('fields.createdAt')}>{formatDateTime(e.createdAt)}</Descriptions.Item>
      <Descriptions.Item label={t('fields.updatedAt')}>{formatDateTime(e.updatedAt)}</Descriptions.Item>
    </Descriptions>
  );
  const facts = <EnterpriseFactsDescriptions enterprise={e} />;

  return (
    <PageContainer
      title={title}
      subTitle={e.name}
      extra={
        <>
          {abilities.canReview && e.status === 'pending' ? (
            <Button
              type="primary"
              icon={<AuditOutlined />}
              onClick={() => setReviewing(true)}
              data-testid="review-open"
            >
              {t('detail.review')}
            </Button>
          ) : null}
          {abilities.canUpdate ? (
            <Link to={editPath}>
              <Button icon={<EditOutlined />} data-testid="enterprise-edit">
                {t('detail.edit')}
              </Button>
            </Link>
          ) : null}
        </>
      }
    >
      {e.status === 'pending' ? (
        <Alert type="warning" showIcon title={t('detail.pendingBanner')} style={{ marginBottom: 12 }} />
      ) : null}
      {e.status === 'rejected' ? (
        <Alert
          type="error"
          showIcon
          title={t('detail.rejectedBanner', { reason: e.reviewReason ?? '' })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Card>
        <Tabs
          items={[
            {
              key: 'info',
              label: t('detail.tabs.info'),
              children: (
                <>
                  {info}
                  {facts}
                </>
              ),
            },
            ...(canSeeAudit
              ? [
                  {
                    key: 'audit',
                    label: t('detail.tabs.audit'),
                    children: <AuditTimeline enterpriseId={e.id} />,
                  },
                ]
              : []),
            // Other features' views of this enterprise (the risk register for regulators, …).
            ...extraTabs
              .filter((tab) => tab.visible(e, session))
              .map(({ key, labelKey, component: Tab }) => ({
                key,
                label: t(labelKey),
                children: (
                  <Suspense fallback={null}>
                    <Tab enterpriseId={e.id} />
                  </Suspense>
                ),
              })),
          ]}
        />
      </Card>
      {isReviewing ? (
        <ReviewModal open enterpriseId={e.id} enterpriseName={e.name} onClose={() => setReviewing(false)} />
      ) : null}
    </PageContainer>
  );
}
