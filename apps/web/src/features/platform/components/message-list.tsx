import { Badge, Empty, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { messageTitle } from './message-text.ts';
import { useNavigate } from 'react-router';
import { ErrorResult } from '../../../shared/components/error-result.tsx';
import { formatDateTime } from '../../../shared/format/date.ts';
import { useInbox, useMarkRead, type InboxItem } from '../api/inbox-api.ts';

/** Latest messages; opening one marks it read and follows its link. */
export function MessageList({ limit, unreadOnly = false }: { limit?: number; unreadOnly?: boolean }) {
  const { t } = useTranslation('platform');
  const navigate = useNavigate();
  const { data, isLoading, error, refetch } = useInbox(unreadOnly);
  const markRead = useMarkRead();
  if (isLoading) return <Skeleton active />;
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  const items = (data?.data ?? []).slice(0, limit);
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inbox.empty')} />;
  const open = (item: InboxItem) => {
    if (!item.readAt) markRead.mutate(item.id);
    if (item.link) navigate(item.link);
  };
  return (
    <List
      dataSource={items}
      renderItem={(item) => (
        <List.Item
          key={item.id}
          data-testid={`inbox-item-${item.id}`}
          onClick={() => open(item)}
          style={{ cursor: 'pointer' }}
          actions={
            item.readAt
              ? [
                  <Typography.Text key="read" type="secondary">
                    {t('inbox.read')}
                  </Typography.Text>,
                ]
              : [
                  <Typography.Link
                    key="mark"
                    onClick={(e) => {
                      e.stopPropagation();
                      markRead.mutate(item.id);
                    }}
                  >
                    {t('inbox.markRead')}
                  </Typography.Link>,
                ]
          }
        >
          <List.Item.Meta
            title={
              <Badge dot={!item.readAt} offset={[6, 0]}>
                <Typography.Text strong={!item.readAt}>{messageTitle(t, item)}</Typography.Text>
              </Badge>
            }
            description={
              <>
                <div>{item.body}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(item.createdAt)}
                </Typography.Text>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
