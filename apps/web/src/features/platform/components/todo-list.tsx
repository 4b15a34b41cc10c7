import { RightOutlined } from '@ant-design/icons';
import { Badge, Empty, Flex, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorResult } from '../../../shared/components/error-result.tsx';
import { useTodos } from '../api/inbox-api.ts';
import { todoText } from './message-text.ts';

/** 我的待办: one row per kind of work with its count; rows with a link open the work. */
export function TodoList({ large }: { large?: boolean }) {
  const { t } = useTranslation('platform');
  const navigate = useNavigate();
  const { data, isLoading, error, refetch } = useTodos();
  if (isLoading) return <Skeleton active />;
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  const todos = (data?.data ?? []).filter((todo) => todo.count > 0);
  if (todos.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.todosEmpty')} />;
  return (
    <List
      data-testid="todo-list"
      dataSource={todos}
      renderItem={(todo) => (
        <List.Item
          data-testid={`todo-${todo.key}`}
          onClick={todo.link ? () => navigate(todo.link ?? '/') : undefined}
          style={{
            cursor: todo.link ? 'pointer' : 'default',
            minHeight: large ? 56 : undefined,
            padding: large ? '12px 16px' : undefined,
          }}
        >
          <Flex justify="space-between" align="center" style={{ width: '100%' }}>
            <Typography.Text style={{ fontSize: large ? 16 : undefined }}>
              {todoText(t, todo)}
            </Typography.Text>
            <Flex align="center" gap={8}>
              <Badge count={todo.count} overflowCount={999} />
              {todo.link ? <RightOutlined style={{ color: '#bfbfbf' }} /> : null}
            </Flex>
          </Flex>
        </List.Item>
      )}
    />
  );
}
