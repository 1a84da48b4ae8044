import type { StationPost } from '@shegong/contracts';
import { Badge, Table } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { TierTag } from '../stations/tier-tag.tsx';
import { useWorkerPosts } from './worker-records-api.ts';

/** 岗位: the worker's posts at stations, current first, with start and end dates. */
export function WorkerPostsTab({ workerId }: { workerId: string }) {
  const t = useT();
  const posts = useWorkerPosts(workerId);
  return (
    <Table<StationPost>
      rowKey="id"
      size="middle"
      loading={posts.isFetching}
      dataSource={posts.data?.items ?? []}
      pagination={false}
      scroll={{ x: 720 }}
      data-testid="worker-posts"
      columns={[
        {
          title: t('label.stationId'),
          dataIndex: 'stationName',
          render: (v: string, p) => <Link to={`/stations/${p.stationId}?tab=staffing`}>{v}</Link>,
        },
        { title: t('label.tier'), dataIndex: 'stationTier', width: 170, render: (_, p) => <TierTag tier={p.stationTier} /> },
        { title: t('label.post'), dataIndex: 'post', width: 100, render: (v: StationPost['post']) => t(`post.${v}`) },
        { title: t('label.startsOn'), dataIndex: 'startsOn', width: 120 },
        { title: t('label.endsOn'), dataIndex: 'endsOn', width: 120, render: (v: string | null) => v ?? '—' },
        {
          title: t('common.status'),
          key: 'state',
          width: 100,
          render: (_, p) => (
            <Badge
              status={p.isCurrent ? 'success' : 'default'}
              text={t(p.isCurrent ? 'staffing.state.current' : p.endsOn ? 'staffing.state.ended' : 'staffing.state.upcoming')}
            />
          ),
        },
      ]}
    />
  );
}
