import { Badge, Card, Empty, Flex, List } from 'antd';
import type { ReactNode } from 'react';

type Props<T> = {
  title: string;
  icon: ReactNode;
  color: string;
  items: T[];
  empty: string;
  testId: string;
  render: (item: T) => ReactNode;
  itemKey: (item: T) => string;
};

/** One kind of follow-up on "today": a count in the title and one row per thing to do. */
export function TaskCard<T>({ title, icon, color, items, empty, testId, render, itemKey }: Props<T>) {
  return (
    <Card
      size="small"
      className="sg-task-card"
      data-testid={testId}
      title={
        <Flex align="center" gap={8}>
          <span style={{ color }}>{icon}</span>
          <span>{title}</span>
          <Badge count={items.length} showZero color={items.length ? color : '#d9d9d9'} />
        </Flex>
      }
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} style={{ margin: '8px 0' }} />
      ) : (
        <List
          size="small"
          dataSource={items}
          rowKey={itemKey}
          renderItem={(item) => <List.Item className="sg-task-item">{render(item)}</List.Item>}
        />
      )}
    </Card>
  );
}
