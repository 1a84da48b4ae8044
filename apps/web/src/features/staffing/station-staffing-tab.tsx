import { UserAddOutlined } from '@ant-design/icons';
import type { Station, StationPost } from '@shegong/contracts';
import { Button, Card, Col, Empty, Flex, Row, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { EndTermModal } from './end-term-modal.tsx';
import { PostHistory } from './post-history.tsx';
import { PostModal } from './post-modal.tsx';
import { useStationStaffing } from './staffing-api.ts';

/** 人员配置: head, deputies, workers and supervisor today; service points' staff; every past post. */
export function StationStaffingTab({ station }: { station: Station }) {
  const t = useT();
  const staffing = useStationStaffing(station.id);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<StationPost | null>(null);
  if (staffing.isError) return <ErrorResult error={staffing.error} onRetry={() => staffing.refetch()} />;
  const s = staffing.data;
  if (!s) return <Skeleton active />;
  const manage = s.allowedActions.includes('manage');

  const person = (p: StationPost) => (
    <Flex key={p.id} justify="space-between" align="center" gap={8} style={{ padding: '6px 0' }} data-testid="post-row">
      <div>
        <Link to={`/workers/${p.workerId}`}>{p.workerName}</Link>
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t('staffing.since', { date: p.startsOn })}
          {p.endsOn ? ` ~ ${p.endsOn}` : ''}
        </Typography.Text>
      </div>
      {p.allowedActions.includes('end') ? (
        <Button size="small" type="link" danger onClick={() => setEnding(p)} data-testid="post-end">
          {t('staffing.endPost')}
        </Button>
      ) : null}
    </Flex>
  );
  const group = (title: string, posts: StationPost[], testId: string) => (
    <Col xs={24} sm={12} xl={6}>
      <Card
        size="small"
        title={title}
        style={{ height: '100%' }}
        data-testid={testId}
        extra={<Typography.Text type="secondary">{posts.length}</Typography.Text>}
      >
        {posts.length ? (
          posts.map(person)
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('staffing.vacant')} style={{ margin: 0 }} />
        )}
      </Card>
    </Col>
  );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('staffing.hint', { organisation: s.station.organisationName })}</Typography.Text>
        {manage ? (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="post-create">
            {t('staffing.addPost')}
          </Button>
        ) : null}
      </Flex>
      <Row gutter={[16, 16]}>
        {group(t('post.head'), s.head ? [s.head] : [], 'post-head')}
        {group(t('post.deputy_head'), s.deputyHeads, 'post-deputy')}
        {group(t('post.worker'), s.workers, 'post-workers')}
        {group(t('post.supervisor'), s.supervisors, 'post-supervisors')}
      </Row>
      {s.servicePoints.length > 0 ? (
        <Card size="small" title={t('staffing.servicePoints')}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={s.servicePoints}
            columns={[
              {
                title: t('label.name'),
                dataIndex: 'name',
                width: 220,
                render: (v: string, p) => <Link to={`/stations/${p.id}?tab=staffing`}>{v}</Link>,
              },
              {
                title: t('staffing.currentStaff'),
                key: 'posts',
                render: (_, p) =>
                  p.posts.length
                    ? p.posts.map((x) => <Tag key={x.id}>{`${x.workerName} · ${t(`post.${x.post}`)}`}</Tag>)
                    : t('staffing.vacant'),
              },
            ]}
          />
        </Card>
      ) : null}
      <PostHistory posts={s.history} />
      <PostModal station={station} open={adding} onClose={() => setAdding(false)} />
      <EndTermModal
        kind="posts"
        target={
          ending
            ? {
                id: ending.id,
                startsOn: ending.startsOn,
                description: `${ending.workerName} · ${t(`post.${ending.post}`)} · ${t('staffing.since', { date: ending.startsOn })}`,
              }
            : null
        }
        onClose={() => setEnding(null)}
      />
    </Flex>
  );
}
