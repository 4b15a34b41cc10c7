import { Alert, Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { shanghaiToday } from '../../../../shared/format/civil-date.ts';
import { hasPermission, useSession } from '../../../../shared/session/session.ts';
import { useEnterprises } from '../../../identity/index.ts';
import { RiskHomeWidget } from '../../../risk/index.ts';
import { useInbox } from '../../api/inbox-api.ts';
import { MessageList } from '../../components/message-list.tsx';
import { SafeDaysBanner } from '../../components/safe-days-banner.tsx';
import { TodoList } from '../../components/todo-list.tsx';
import { CalendarStatus } from './calendar-status.tsx';

function RegistryStats() {
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

/** 首页 / 工作台: per persona, with 待办 and messages first. */
export function HomePage() {
  const { t } = useTranslation('platform');
  const session = useSession();
  const { data: inbox } = useInbox(true);
  const unread = inbox?.unreadCount ?? 0;
  const org = session.enterprise?.name ?? session.regulator?.name;

  return (
    <div style={{ padding: 20 }}>
      <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="home-greeting">
        {t('home.greeting', { name: session.user.name })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {org ? `${org} · ` : ''}
        {t('home.today', { date: shanghaiToday() })}
      </Typography.Paragraph>
      {session.workspace === 'enterprise' ? (
        <SafeDaysBanner safeSinceDate={session.enterprise?.safeSinceDate} />
      ) : null}
      {unread > 0 ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={<Link to="/inbox">{t('home.unreadBanner', { count: unread })}</Link>}
          data-testid="unread-banner"
        />
      ) : null}
      {session.workspace !== 'enterprise' && hasPermission(session, 'enterprise.read') ? (
        <RegistryStats />
      ) : null}
      {session.workspace === 'enterprise' && hasPermission(session, 'risk.read') ? <RiskHomeWidget /> : null}
      {hasPermission(session, 'calendar.manage') ? <CalendarStatus /> : null}
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title={t('home.todos')} style={{ marginBottom: 16 }}>
            <TodoList />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={t('home.messages')}
            extra={<Link to="/inbox">{t('common:actions.more')}</Link>}
            style={{ marginBottom: 16 }}
          >
            <MessageList limit={5} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
