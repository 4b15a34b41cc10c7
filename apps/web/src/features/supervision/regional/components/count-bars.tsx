import type { CountBy } from '@shuangkong/contracts';
import { Flex, Progress, Typography } from 'antd';

/** A distribution as labelled bars, the largest first; a click filters by the bar's key. */
export function CountBars({
  items,
  empty,
  onPick,
  limit = 8,
  testId,
}: {
  items: readonly CountBy[];
  empty: string;
  onPick?: (key: string) => void;
  limit?: number;
  testId?: string;
}) {
  if (items.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  const max = Math.max(...items.map((i) => i.count), 1);
  return (
    <Flex vertical gap={4} data-testid={testId}>
      {items.slice(0, limit).map((item) => (
        <Flex key={item.key} align="center" gap={8}>
          <Typography.Link
            style={{ width: 120, flex: 'none' }}
            ellipsis
            onClick={onPick ? () => onPick(item.key) : undefined}
            disabled={!onPick}
            title={item.name}
          >
            {item.name}
          </Typography.Link>
          <Progress
            percent={(item.count / max) * 100}
            showInfo={false}
            size="small"
            style={{ flex: 1, margin: 0 }}
          />
          <Typography.Text style={{ width: 40, textAlign: 'right' }}>{item.count}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
