import type { StationPost } from '@shegong/contracts';
import { Badge, Card, Table } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../app/i18n/i18n-context.tsx';

/** Posts that ended or have not started yet, newest first. */
export function PostHistory({ posts }: { posts: StationPost[] }) {
  const t = useT();
  return (
    <Card size="small" title={t('common.history')}>
      <Table<StationPost>
        rowKey="id"
        size="small"
        dataSource={posts}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('staffing.noHistory') }}
        data-testid="post-history"
        columns={[
          { title: t('label.workerId'), dataIndex: 'workerName', render: (v: string, p) => <Link to={`/workers/${p.workerId}`}>{v}</Link> },
          { title: t('label.post'), dataIndex: 'post', width: 100, render: (v: StationPost['post']) => t(`post.${v}`) },
          { title: t('label.startsOn'), dataIndex: 'startsOn', width: 120 },
          { title: t('label.endsOn'), dataIndex: 'endsOn', width: 120, render: (v: string | null) => v ?? '—' },
          {
            title: t('common.status'),
            key: 'state',
            width: 100,
            render: (_, p) => (
              <Badge status={p.endsOn ? 'default' : 'processing'} text={t(p.endsOn ? 'staffing.state.ended' : 'staffing.state.upcoming')} />
            ),
          },
        ]}
      />
    </Card>
  );
}
