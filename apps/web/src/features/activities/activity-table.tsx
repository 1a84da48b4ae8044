import type { Activity } from '@shegong/contracts';
import { Button, Table, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd/es/table';
import { useT } from '../../app/i18n/i18n-context.tsx';

type Props = { items: Activity[]; loading: boolean; pagination: TablePaginationConfig; onOpen: (a: Activity) => void };

export function ActivityTable({ items, loading, pagination, onOpen }: Props) {
  const t = useT();
  return (
    <Table<Activity>
      rowKey="id"
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 940 }}
      data-testid="activity-table"
      columns={[
        { title: t('label.heldOn'), dataIndex: 'heldOn', width: 110 },
        {
          title: t('label.theme'),
          dataIndex: 'theme',
          width: 240,
          render: (theme: string, a) => (
            <div>
              <Button
                type="link"
                style={{ padding: 0, height: 'auto', fontWeight: 600 }}
                onClick={() => onOpen(a)}
                data-testid="activity-link"
              >
                {theme}
              </Button>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} ellipsis>
                {a.place}
              </Typography.Text>
            </div>
          ),
        },
        { title: t('label.stationId'), dataIndex: 'stationName', width: 160, ellipsis: true },
        { title: t('activities.named'), dataIndex: 'participantCount', width: 90, align: 'right' },
        { title: t('label.headcount'), dataIndex: 'headcount', width: 120, align: 'right' },
        { title: t('label.volunteerCount'), dataIndex: 'volunteerCount', width: 90, align: 'right' },
        {
          title: t('label.personTimes'),
          dataIndex: 'personTimes',
          width: 90,
          align: 'right',
          render: (n: number) => <Typography.Text strong>{n}</Typography.Text>,
        },
        {
          title: t('label.photoFileIds'),
          dataIndex: 'photoFileIds',
          width: 70,
          align: 'right',
          render: (ids: string[]) => ids.length || '—',
        },
      ]}
    />
  );
}
