import type { Group } from '@shegong/contracts';
import { Progress, Table, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { PhaseTag } from './group-labels.tsx';

type Props = { items: Group[]; loading: boolean; pagination: TablePaginationConfig; categoryName: (code: string) => string };

export function GroupTable({ items, loading, pagination, categoryName }: Props) {
  const t = useT();
  return (
    <Table<Group>
      rowKey="id"
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 960 }}
      data-testid="group-table"
      columns={[
        {
          title: t('groups.name'),
          dataIndex: 'name',
          width: 220,
          render: (name: string, g) => (
            <div>
              <Link to={`/groups/${g.id}`} data-testid="group-link">
                <Typography.Text strong style={{ color: 'inherit' }}>
                  {name}
                </Typography.Text>
              </Link>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} ellipsis>
                {g.aims}
              </Typography.Text>
            </div>
          ),
        },
        { title: t('label.phase'), dataIndex: 'phase', width: 100, render: (_, g) => <PhaseTag phase={g.phase} /> },
        {
          title: t('groups.sessions'),
          key: 'sessions',
          width: 150,
          render: (_, g) => (
            <div style={{ minWidth: 120 }}>
              <Typography.Text style={{ fontSize: 12 }}>
                {g.sessionsHeld} / {g.plannedSessions}
              </Typography.Text>
              <Progress percent={Math.round((g.sessionsHeld / Math.max(1, g.plannedSessions)) * 100)} size="small" showInfo={false} />
            </div>
          ),
        },
        { title: t('groups.members'), dataIndex: 'memberCount', width: 80, align: 'right' },
        {
          title: t('label.targetCategory'),
          dataIndex: 'targetCategory',
          width: 130,
          render: (c: string | null) => (c ? categoryName(c) : '—'),
        },
        { title: t('label.facilitatorWorkerId'), dataIndex: 'facilitatorName', width: 100, render: (n: string | null) => n ?? '—' },
        { title: t('label.stationId'), dataIndex: 'stationName', width: 160, ellipsis: true },
        { title: t('label.startsOn'), dataIndex: 'startsOn', width: 110, render: (d: string | null) => d ?? '—' },
      ]}
    />
  );
}
