import type { CommunityWeek, WeeklyReport } from '@shegong/contracts';
import { Card, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n/i18n-context.tsx';

/** The communities of the week; those below the required days are listed first and highlighted. */
export function WeeklyBelow({ report, loading }: { report: WeeklyReport | undefined; loading: boolean }) {
  const t = useT();
  const [show, setShow] = useState<'below' | 'all'>('below');
  const rows = show === 'below' ? (report?.below ?? []) : (report?.communities.items ?? []);
  return (
    <Card
      size="small"
      title={t('presence.belowTitle', { count: report?.below.length ?? 0 })}
      extra={
        <Segmented
          size="small"
          value={show}
          onChange={(v) => setShow(v as 'below' | 'all')}
          options={[
            { value: 'below', label: t('presence.onlyBelow') },
            { value: 'all', label: t('presence.allCommunities') },
          ]}
        />
      }
    >
      <Table<CommunityWeek>
        rowKey={(c) => `${c.communityCode}-${c.stationId}`}
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 860 }}
        rowClassName={(c) => (c.compliant ? '' : 'sg-row-below')}
        locale={{ emptyText: t(show === 'below' ? 'presence.noneBelow' : 'common.noData') }}
        data-testid="weekly-below"
        columns={[
          {
            title: t('label.communityCode'),
            dataIndex: 'communityName',
            width: 180,
            render: (v: string, c) => (
              <span>
                {v}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {c.districtName} · {c.townName}
                </Typography.Text>
              </span>
            ),
          },
          { title: t('label.stationId'), dataIndex: 'stationName', width: 180, ellipsis: true },
          {
            title: t('presence.workers'),
            key: 'workers',
            render: (_, c) => (c.workers.length ? c.workers.map((w) => <Tag key={w.id}>{w.name}</Tag>) : '—'),
          },
          {
            title: t('presence.days'),
            key: 'days',
            width: 150,
            render: (_, c) => (
              <Typography.Text strong type={c.compliant ? 'success' : 'danger'}>
                {t('presence.daysOf', { present: c.daysPresent, required: c.requiredDays })}
              </Typography.Text>
            ),
          },
          {
            title: t('common.status'),
            key: 'state',
            width: 100,
            render: (_, c) => (
              <Tag color={c.compliant ? 'success' : 'error'}>{t(c.compliant ? 'presence.isCompliant' : 'presence.isBelow')}</Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
