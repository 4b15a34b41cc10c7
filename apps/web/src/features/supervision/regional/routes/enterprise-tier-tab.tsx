import type { TierStep } from '@shuangkong/contracts';
import { Alert, Descriptions, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { useEnterpriseTier } from '../api/regional-api.ts';
import { LevelTag, TierTag } from '../components/level-tag.tsx';
import { FactTags } from './tiers-page.tsx';
import '../../i18n.ts';

/** 监管分级 on an enterprise's page (regulators): the result and every step of the rule. */
export function EnterpriseTierTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation('supervision');
  const tier = useEnterpriseTier(enterpriseId);
  if (tier.error) return <Alert type="error" title={errorMessage(t, tier.error)} />;
  if (!tier.data) return <Skeleton active />;
  const d = tier.data;
  const stepText = (s: TierStep) => {
    const level = t(`regional.levelsShort.${s.level}`);
    const detail = { ...s.detail };
    if (s.kind === 'tier')
      return t('regional.steps.tier', {
        level,
        industry: t(`regional.steps.industry.${String(detail.industry)}`),
        tier: t(`regional.tiers.${String(detail.tier)}`),
        inspections: detail.inspections,
      });
    return t(`regional.steps.${s.kind}`, { ...detail, level, raise: s.raise });
  };
  return (
    <div data-testid="enterprise-tier">
      <Descriptions bordered size="small" column={{ xs: 1, md: 4 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('regional.tierPage.columns.registerLevel')}>
          <LevelTag level={d.registerLevel} />
        </Descriptions.Item>
        <Descriptions.Item label={t('regional.tab.result')}>
          <LevelTag level={d.adjustedLevel} />
        </Descriptions.Item>
        <Descriptions.Item label={t('regional.tab.tier')}>
          <TierTag tier={d.tier} />
        </Descriptions.Item>
        <Descriptions.Item label={t('regional.tab.inspections')}>
          <span data-testid="enterprise-tier-inspections">
            {t('regional.tab.perYear', { count: d.inspectionsPerYear })}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('regional.tierPage.columns.facts')} span={4}>
          <FactTags facts={d.facts} />
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t('regional.tab.steps')}</Typography.Title>
      <Timeline
        data-testid="enterprise-tier-steps"
        items={d.steps.map((s) => ({
          color: s.raise > 0 ? 'red' : s.kind === 'tier' ? 'green' : 'blue',
          content: <span data-testid={`tier-step-${s.kind}`}>{stepText(s)}</span>,
        }))}
      />
      <Typography.Paragraph type="secondary">{t('regional.tab.rule')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('regional.tab.pending')}</Typography.Paragraph>
    </div>
  );
}
