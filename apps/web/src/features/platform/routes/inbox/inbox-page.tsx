import { App, Button, Card, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { PageContainer } from '../../../../shared/components/page-container.tsx';
import { useInbox, useMarkAllRead } from '../../api/inbox-api.ts';
import { MessageList } from '../../components/message-list.tsx';

/** 消息中心: all or unread messages, mark read one by one or all at once. */
export function InboxPage() {
  const { t } = useTranslation('platform');
  const { message } = App.useApp();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data } = useInbox(true);
  const markAll = useMarkAllRead();
  const unread = data?.unreadCount ?? 0;
  return (
    <PageContainer
      title={t('inbox.title')}
      extra={
        <Button
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() =>
            markAll.mutate(undefined, { onError: (e) => void message.error(errorMessage(t, e)) })
          }
          data-testid="inbox-read-all"
        >
          {t('inbox.markAllRead')}
        </Button>
      }
    >
      <Card>
        <Segmented
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(value) => setUnreadOnly(value === 'unread')}
          options={[
            { value: 'all', label: t('inbox.all') },
            { value: 'unread', label: `${t('inbox.unreadOnly')} (${unread})` },
          ]}
          style={{ marginBottom: 12 }}
          data-testid="inbox-filter"
        />
        <MessageList unreadOnly={unreadOnly} />
      </Card>
    </PageContainer>
  );
}
