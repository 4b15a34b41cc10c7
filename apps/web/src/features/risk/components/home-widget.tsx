import { Card, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../../shared/session/session.ts';
import { useReviewStatus } from '../api/list-api.ts';
import { useRegisterTree } from '../api/register-api.ts';
import { legendRows } from './levels.ts';
import { LevelDot, LevelTag } from './tags.tsx';

/** 首页 risk card: counts by level, overall level, review due, units needing re-assessment. */
export function HomeWidget() {
  const { t } = useTranslation('risk');
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? '';
  const tree = useRegisterTree(enterpriseId, {});
  const review = useReviewStatus(enterpriseId);
  if (!enterpriseId || !session.permissions.includes('risk.read')) return null;
  const data = tree.data?.data;
  const r = review.data?.data;
  const statusColor = r?.status === 'overdue' ? 'red' : r?.status === 'dueSoon' ? 'orange' : 'green';
  return (
    <Card
      title={t('widget.title')}
      style={{ marginBottom: 16 }}
      loading={tree.isLoading}
      extra={<Link to="/risk/register">{t('widget.open')}</Link>}
      data-testid="risk-home-widget"
    >
      {data ? (
        <Flex gap={24} wrap align="center">
          <Space>
            <Typography.Text>{t('widget.overall')}</Typography.Text>
            <LevelTag level={data.enterprise.level} testId="risk-home-level" />
          </Space>
          <Space wrap>
            {legendRows(data.counts).map((row) => (
              <span key={row.level ?? 'none'}>
                <LevelDot level={row.level} />
                {t(`levelShort.${row.level ?? 'none'}`)} {row.count}
              </span>
            ))}
          </Space>
          {r ? (
            <Space>
              <Tag color={statusColor}>
                {t(
                  r.status === 'overdue'
                    ? 'review.statusOverdue'
                    : r.status === 'dueSoon'
                      ? 'review.statusDueSoon'
                      : 'review.statusOk',
                )}
              </Tag>
              <Link to="/risk/review">{t('widget.reviewDue', { date: r.dueDate })}</Link>
            </Space>
          ) : null}
          {r && r.unitsNeedingReassessment.length > 0 ? (
            <Link to="/risk/review">
              <Typography.Text type="warning">
                {t('widget.needing', { count: r.unitsNeedingReassessment.length })}
              </Typography.Text>
            </Link>
          ) : null}
        </Flex>
      ) : null}
    </Card>
  );
}
