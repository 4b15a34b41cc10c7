import { Alert, Card, Col, Row, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSlotFills } from '../../../../shared/feature/slots.ts';
import { shanghaiToday } from '../../../../shared/format/civil-date.ts';
import { hasPermission, useSession } from '../../../../shared/session/session.ts';
import { useInbox } from '../../api/inbox-api.ts';
import { MessageList } from '../../components/message-list.tsx';
import { SafeDaysBanner } from '../../components/safe-days-banner.tsx';
import { TodoList } from '../../components/todo-list.tsx';
import { homeWidgets } from '../../slots.ts';
import { CalendarStatus } from './calendar-status.tsx';

/** The cards other features put on the home page, in their order. */
function HomeWidgets() {
  const session = useSession();
  const widgets = useSlotFills(homeWidgets).filter((widget) => widget.visible(session));
  return widgets.map(({ key, component: Widget }) => (
    <Suspense key={key} fallback={null}>
      <Widget />
    </Suspense>
  ));
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
      <HomeWidgets />
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
