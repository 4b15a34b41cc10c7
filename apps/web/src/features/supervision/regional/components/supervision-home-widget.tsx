import { riskLevel, supervisionTiers, type CountBy } from '@shuangkong/contracts';
import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSupervisionDashboard } from '../api/regional-api.ts';
import { CountBars } from './count-bars.tsx';
import { LevelTag, TierTag } from './level-tag.tsx';
import { useReferenceOptions } from './reference.ts';
import '../../i18n.ts';

function Figure({
  to,
  title,
  value,
  color,
  testId,
}: {
  to: string;
  title: string;
  value: number | undefined;
  color?: string;
  testId: string;
}) {
  return (
    <Col xs={12} md={8} xl={4}>
      <Card size="small">
        <Link to={to} data-testid={testId}>
          <Statistic
            title={title}
            value={value ?? 0}
            loading={value === undefined}
            styles={{ content: value ? { color } : {} }}
          />
        </Link>
      </Card>
    </Col>
  );
}

const Line = ({ left, right }: { left: ReactNode; right: ReactNode }) => (
  <Flex justify="space-between" align="center" style={{ padding: '2px 0' }}>
    {left}
    <Typography.Text>{right}</Typography.Text>
  </Flex>
);

/** 首页 for regulators: today's figures in the remit, each opening the page that lists them. */
export function SupervisionHomeWidget() {
  const { t, i18n } = useTranslation('supervision');
  const board = useSupervisionDashboard();
  const { industryName } = useReferenceOptions(i18n.language);
  const d = board.data;
  const bars = (
    items: (CountBy & { major: number; significant: number })[] | undefined,
    name?: (k: string) => string,
  ) => (items ?? []).map((i) => ({ key: i.key, name: name ? name(i.key) : i.name, count: i.count }));
  return (
    <div style={{ marginBottom: 16 }} data-testid="supervision-home">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('regional.home.title')}
      </Typography.Title>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Figure
          to="/supervision/tiers"
          title={t('regional.home.enterprises')}
          value={d?.enterprises.total}
          testId="home-enterprises"
        />
        <Figure
          to="/supervision/risks?level=major"
          title={t('regional.home.majorRisks')}
          value={d?.risks.major}
          color="#cf1322"
          testId="home-major-risks"
        />
        <Figure
          to="/supervision/risks?level=significant"
          title={t('regional.home.significantRisks')}
          value={d?.risks.significant}
          color="#d46b08"
          testId="home-significant-risks"
        />
        <Figure
          to="/major-hazards"
          title={t('regional.home.openMajorHazards')}
          value={d?.hazards.openMajor}
          color="#cf1322"
          testId="home-open-major-hazards"
        />
        <Figure
          to="/major-hazards"
          title={t('regional.home.overdueHazards')}
          value={d?.hazards.overdue}
          color="#d48806"
          testId="home-overdue-hazards"
        />
        <Figure
          to="/supervision/risks"
          title={t('regional.home.outOfControl')}
          value={d?.risks.outOfControlUnits}
          color="#cf1322"
          testId="home-out-of-control"
        />
      </Row>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12} xl={6}>
          <Card
            size="small"
            title={t('regional.home.byLevel')}
            extra={<Link to="/supervision/tiers">{t('regional.home.toTiers')}</Link>}
          >
            {[...riskLevel.options, null].map((level) => (
              <Line
                key={level ?? 'unassessed'}
                left={<LevelTag level={level} />}
                right={t('regional.home.enterprisesCount', {
                  count: d?.enterprises.byLevel[level ?? 'unassessed'] ?? 0,
                })}
              />
            ))}
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card
            size="small"
            title={t('regional.home.byTier')}
            extra={
              <Typography.Text type="secondary">
                {t('regional.home.plannedInspections')} {d?.enterprises.plannedInspections ?? 0}
              </Typography.Text>
            }
          >
            {supervisionTiers.map((tier) => (
              <Line
                key={tier}
                left={
                  <Link to={`/supervision/tiers?tier=${tier}`}>
                    <TierTag tier={tier} />
                  </Link>
                }
                right={t('regional.home.enterprisesCount', { count: d?.enterprises.byTier[tier] ?? 0 })}
              />
            ))}
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card
            size="small"
            title={t('regional.home.byIndustry')}
            extra={<Link to="/supervision/risks">{t('regional.home.toRisks')}</Link>}
          >
            <CountBars
              items={bars(d?.byIndustry, industryName)}
              empty="—"
              limit={6}
              testId="home-by-industry"
            />
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card size="small" title={t('regional.home.byTownship')}>
            <CountBars items={bars(d?.byTownship)} empty="—" limit={6} testId="home-by-township" />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
