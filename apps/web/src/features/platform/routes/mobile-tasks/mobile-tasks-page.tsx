import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../../shared/session/session.ts';
import { useTodos } from '../../api/inbox-api.ts';
import { SafeDaysBanner } from '../../components/safe-days-banner.tsx';
import { TodoList } from '../../components/todo-list.tsx';

/** 我的任务: the phone's landing page. Task kinds arrive with the inspection and hazard features. */
export function MobileTasksPage() {
  const { t } = useTranslation('platform');
  const session = useSession();
  const { data } = useTodos();
  const hasTodos = (data?.data ?? []).some((todo) => todo.count > 0);
  return (
    <>
      <header style={{ background: '#1554ad', color: '#fff', padding: '16px 20px 20px' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }} data-testid="m-title">
          {t('mobile.tasksTitle')}
        </Typography.Title>
        <Typography.Text style={{ color: '#dce6f7' }}>
          {session.enterprise?.name ?? session.regulator?.name ?? session.user.name}
        </Typography.Text>
      </header>
      <div style={{ padding: 12 }}>
        {session.workspace === 'enterprise' ? (
          <SafeDaysBanner safeSinceDate={session.enterprise?.safeSinceDate} />
        ) : null}
        <div style={{ background: '#fff', borderRadius: 8 }}>
          {hasTodos ? (
            <TodoList large />
          ) : (
            <Empty
              style={{ padding: '48px 16px' }}
              description={
                <>
                  <div style={{ fontSize: 16 }} data-testid="m-tasks-empty">
                    {t('mobile.tasksEmpty')}
                  </div>
                  <Typography.Text type="secondary">{t('mobile.tasksEmptyHint')}</Typography.Text>
                </>
              }
            />
          )}
        </div>
      </div>
    </>
  );
}
