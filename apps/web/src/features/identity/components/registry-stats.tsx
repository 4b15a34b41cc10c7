import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnterprises } from '../api/enterprise-api.ts';

/** 首页 figures for regulators and administrators: registrations awaiting review, enterprises in scope. */
export function RegistryStats() {
  const { t } = useTranslation('platform');
  const pending = useEnterprises({ status: 'pending', page: 1, pageSize: 1 });
  const all = useEnterprises({ page: 1, pageSize: 1 });
  return (
    <Row gutter={16} style={{ marginBottom: 16 }}>
      <Col xs={12} md={6}>
        <Card>
          <Link to="/enterprises?status=pending" data-testid="stat-pending">
            <Statistic
              title={t('home.pendingRegistrations')}
              value={pending.data?.page.total ?? 0}
              loading={pending.isLoading}
              styles={{ content: { color: (pending.data?.page.total ?? 0) > 0 ? '#d48806' : undefined } }}
            />
          </Link>
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card>
          <Link to="/enterprises" data-testid="stat-enterprises">
            <Statistic
              title={t('home.enterprises')}
              value={all.data?.page.total ?? 0}
              loading={all.isLoading}
            />
          </Link>
        </Card>
      </Col>
    </Row>
  );
}
