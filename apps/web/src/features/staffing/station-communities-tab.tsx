import type { CommunityAssignment, CommunityStaffing, Station } from '@shegong/contracts';
import { Button, Card, Col, Flex, Input, Progress, Radio, Row, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { AssignModal } from './assign-modal.tsx';
import { EndTermModal } from './end-term-modal.tsx';
import { useStationCommunities } from './staffing-api.ts';

type Show = 'all' | 'assigned' | 'unassigned';

/** 一社区一社工: every community of the station's area with the worker who covers it, or none. */
export function StationCommunitiesTab({ station }: { station: Station }) {
  const t = useT();
  const data = useStationCommunities(station.id);
  const [show, setShow] = useState<Show>('all');
  const [q, setQ] = useState('');
  const [assigning, setAssigning] = useState<CommunityStaffing | null>(null);
  const [ending, setEnding] = useState<CommunityAssignment | null>(null);
  if (data.isError) return <ErrorResult error={data.error} onRetry={() => data.refetch()} />;
  const d = data.data;
  if (!d) return <Skeleton active />;
  const manage = d.allowedActions.includes('manage');
  const total = d.assigned + d.unassigned;
  const rows = d.items.filter(
    (c) => (show === 'all' || (show === 'assigned') === c.assignments.length > 0) && (!q || c.communityName.includes(q.trim())),
  );

  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic title={t('staffing.assignedCommunities')} value={d.assigned} suffix={`/ ${total}`} />
            <Progress percent={total ? Math.round((d.assigned / total) * 100) : 0} strokeColor="#52c41a" />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small">
            <Statistic
              title={t('staffing.unassignedCommunities')}
              value={d.unassigned}
              styles={{ content: { color: d.unassigned ? '#cf1322' : undefined } }}
            />
            <Typography.Text type="secondary">{t('staffing.communitiesHint')}</Typography.Text>
          </Card>
        </Col>
      </Row>
      <Flex gap={12} wrap align="center">
        <Radio.Group
          optionType="button"
          value={show}
          onChange={(e) => setShow(e.target.value)}
          options={[
            { value: 'all', label: t('staffing.showAll') },
            { value: 'assigned', label: t('staffing.showAssigned') },
            { value: 'unassigned', label: t('staffing.showUnassigned') },
          ]}
        />
        <Input.Search
          allowClear
          placeholder={t('staffing.searchCommunity')}
          onSearch={setQ}
          onChange={(e) => !e.target.value && setQ('')}
          style={{ width: 240 }}
        />
      </Flex>
      <Table<CommunityStaffing>
        rowKey="communityCode"
        size="middle"
        dataSource={rows}
        loading={data.isFetching}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        rowClassName={(c) => (c.assignments.length ? '' : 'sg-row-warn')}
        data-testid="community-table"
        columns={[
          {
            title: t('label.communityCode'),
            dataIndex: 'communityName',
            render: (v: string, c) => (
              <span>
                {v}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                  {c.townName}
                </Typography.Text>
              </span>
            ),
          },
          {
            title: t('staffing.assignedWorker'),
            key: 'worker',
            render: (_, c) =>
              c.assignments.length ? (
                <Space orientation="vertical" size={2}>
                  {c.assignments.map((a) => (
                    <span key={a.id}>
                      <Link to={`/workers/${a.workerId}`}>{a.workerName}</Link>
                      <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                        {t('staffing.since', { date: a.startsOn })}
                        {a.endsOn ? ` ~ ${a.endsOn}` : ''}
                      </Typography.Text>
                    </span>
                  ))}
                </Space>
              ) : (
                <Tag color="red">{t('staffing.noWorker')}</Tag>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            render: (_, c) => (
              <Space size={0}>
                {manage && c.assignments.length === 0 ? (
                  <Button type="link" size="small" onClick={() => setAssigning(c)} data-testid="community-assign">
                    {t('staffing.assign')}
                  </Button>
                ) : null}
                {c.assignments
                  .filter((a) => a.allowedActions.includes('end'))
                  .map((a) => (
                    <Button key={a.id} type="link" size="small" danger onClick={() => setEnding(a)} data-testid="community-end">
                      {t('staffing.endAssignment')}
                    </Button>
                  ))}
              </Space>
            ),
          },
        ]}
      />
      <AssignModal station={station} community={assigning} onClose={() => setAssigning(null)} />
      <EndTermModal
        kind="assignments"
        target={
          ending
            ? {
                id: ending.id,
                startsOn: ending.startsOn,
                description: `${ending.communityName} · ${ending.workerName} · ${t('staffing.since', { date: ending.startsOn })}`,
              }
            : null
        }
        onClose={() => setEnding(null)}
      />
    </Flex>
  );
}
