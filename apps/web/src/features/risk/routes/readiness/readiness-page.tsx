import type { ReadinessEntityType, ReadinessProblem, RiskReadiness } from '@shuangkong/contracts';
import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Row, Segmented, Statistic, Table, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '../../../../shared/components/error-result.tsx';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useSession } from '../../../../shared/session/session.ts';
import { useRiskReadiness } from '../../api/readiness-api.ts';

const entityTypes: ReadinessEntityType[] = ['riskObject', 'riskUnit', 'riskEvent', 'riskControlMeasure'];

/** One problem in the reader's language: the field, then what the national rule asks of it. */
export function problemMessage(t: TFunction, p: ReadinessProblem): string {
  const field = t(`reporting.field.${p.field}`);
  if (p.rule === 'chain')
    return t(`reporting.chain.${p.field}`, { defaultValue: t('reporting.rule.chain', { field }) });
  return t(p.code, { field, ...p.params });
}

/** Records checked, ready and with problems, overall and per level of the chain. */
export function ReadinessCounts({ readiness }: { readiness: RiskReadiness }) {
  const { t } = useTranslation('risk');
  const { counts, byType } = readiness;
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="risk-readiness-counts">
      <Row gutter={16}>
        <Col xs={8} md={4}>
          <Statistic
            title={t('reporting.checked')}
            value={counts.checked}
            valueRender={(v) => <span data-testid="risk-readiness-checked">{v}</span>}
          />
        </Col>
        <Col xs={8} md={4}>
          <Statistic
            title={t('reporting.ready')}
            value={counts.ready}
            valueStyle={{ color: '#389e0d' }}
            prefix={<CheckCircleOutlined />}
            valueRender={(v) => <span data-testid="risk-readiness-ready">{v}</span>}
          />
        </Col>
        <Col xs={8} md={4}>
          <Statistic
            title={t('reporting.withProblems')}
            value={counts.withProblems}
            valueStyle={{ color: counts.withProblems > 0 ? '#cf1322' : undefined }}
            prefix={<ExclamationCircleOutlined />}
            valueRender={(v) => <span data-testid="risk-readiness-with-problems">{v}</span>}
          />
        </Col>
        <Col xs={24} md={12}>
          <Typography.Text type="secondary">{t('reporting.byType')}</Typography.Text>
          {entityTypes.map((type) => (
            <div key={type} data-testid={`risk-readiness-type-${type}`}>
              {t(`reporting.entity.${type}`)}：{t('reporting.typeLine', byType[type])}
            </div>
          ))}
        </Col>
      </Row>
    </Card>
  );
}

/** The problems, per record, each with a link to where it is fixed. */
function ProblemTable({ problems }: { problems: ReadinessProblem[] }) {
  const { t } = useTranslation('risk');
  return (
    <Table<ReadinessProblem>
      size="small"
      rowKey={(p) => `${p.entityId}:${p.field}:${p.rule}`}
      dataSource={problems}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      data-testid="risk-readiness-problems"
      onRow={(p) => ({ 'data-testid': 'risk-readiness-row', 'data-entity-id': p.entityId }) as object}
      locale={{ emptyText: <Empty description={t('reporting.allReady')} /> }}
      columns={[
        {
          title: t('reporting.record'),
          key: 'record',
          render: (_, p) => (
            <>
              <Tag>{t(`reporting.entity.${p.entityType}`)}</Tag>
              {p.label}
              {p.trail.length > 0 ? (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {p.trail.join(' / ')}
                  </Typography.Text>
                </div>
              ) : null}
            </>
          ),
        },
        {
          title: t('reporting.field.title'),
          key: 'field',
          width: 140,
          render: (_, p) => t(`reporting.field.${p.field}`),
        },
        {
          title: t('reporting.problem'),
          key: 'problem',
          render: (_, p) => <span data-testid="risk-readiness-message">{problemMessage(t, p)}</span>,
        },
        {
          title: t('common.actions'),
          key: 'fix',
          width: 90,
          render: (_, p) => (
            <Link to={p.link} data-testid="risk-readiness-fix">
              {t('reporting.fix')}
            </Link>
          ),
        },
      ]}
    />
  );
}

/** 上报就绪: how many register records can be reported to the provincial platform, and what is missing. */
export function ReadinessPage() {
  const { t } = useTranslation('risk');
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? '';
  const { data, error, refetch } = useRiskReadiness(enterpriseId);
  const [type, setType] = useState<ReadinessEntityType | 'all'>('all');
  if (!enterpriseId) return <Alert type="warning" title={t('regulator.readOnly')} />;
  const readiness = data?.data;
  const problems = (readiness?.problems ?? []).filter((p) => type === 'all' || p.entityType === type);
  return (
    <PageContainer
      title={t('reporting.title')}
      subTitle={t('reporting.subtitle')}
      extra={
        <Link to="/risk/register">
          <Button>{t('reporting.toRegister')}</Button>
        </Link>
      }
    >
      {error && !readiness ? <ErrorResult error={error} onRetry={() => void refetch()} /> : null}
      {readiness ? (
        <>
          <ReadinessCounts readiness={readiness} />
          <Card size="small">
            <Segmented
              style={{ marginBottom: 12 }}
              value={type}
              onChange={(v) => setType(v as ReadinessEntityType | 'all')}
              data-testid="risk-readiness-filter"
              options={[
                { value: 'all', label: t('common.all') },
                ...entityTypes.map((e) => ({ value: e, label: t(`reporting.entity.${e}`) })),
              ]}
            />
            {readiness.truncated ? (
              <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('reporting.truncated')} />
            ) : null}
            <ProblemTable problems={problems} />
          </Card>
        </>
      ) : null}
    </PageContainer>
  );
}
