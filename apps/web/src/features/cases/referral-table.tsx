import type { Referral } from '@shegong/contracts';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd/es/table';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/auth/me-context.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';

const STATUS_COLORS = { pending: 'gold', accepted: 'green', rejected: 'red' } as const;
type Props = {
  items: Referral[];
  loading: boolean;
  pagination: TablePaginationConfig | false;
  onRespond?: (r: Referral, accept: boolean) => void;
};

/** Referrals in or out; a receiver sees only a masked name, age and categories until it accepts. */
export function ReferralTable({ items, loading, pagination, onRespond }: Props) {
  const t = useT();
  const can = useCan();
  return (
    <Table<Referral>
      rowKey="id"
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 1200 }}
      data-testid="referral-table"
      columns={[
        {
          title: t('label.direction'),
          dataIndex: 'direction',
          width: 80,
          render: (d: Referral['direction']) => <Tag>{t(`referrals.direction.${d}`)}</Tag>,
        },
        {
          title: t('label.clientId'),
          key: 'client',
          width: 200,
          render: (_, r) => (
            <div>
              {r.client.id && r.status === 'accepted' ? (
                <Link to={`/clients/${r.client.id}`}>{r.client.name}</Link>
              ) : (
                <Typography.Text strong>{r.client.name}</Typography.Text>
              )}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {[r.client.age === null ? null : t('clients.age', { age: r.client.age }), ...r.client.categories]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
              <Space size={8} style={{ fontSize: 12 }}>
                {r.caseId ? <Link to={`/cases/${r.caseId}`}>{r.caseNo}</Link> : null}
                {r.newCaseId ? <Link to={`/cases/${r.newCaseId}`}>{t('referrals.newCase')}</Link> : null}
              </Space>
            </div>
          ),
        },
        {
          title: t('referrals.route'),
          key: 'route',
          width: 260,
          render: (_, r) => (
            <div>
              {r.fromStationName} → {r.toStationName}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {r.fromOrganisationName} → {r.toOrganisationName}
              </Typography.Text>
            </div>
          ),
        },
        { title: t('label.reason'), dataIndex: 'reason', width: 240, ellipsis: true },
        {
          title: t('common.status'),
          key: 'status',
          width: 170,
          render: (_, r) => (
            <div>
              <Tag color={STATUS_COLORS[r.status]}>{t(`referral.status.${r.status}`)}</Tag>
              {r.responseComment ? (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {r.responseComment}
                </Typography.Text>
              ) : null}
            </div>
          ),
        },
        { title: t('referrals.sentAt'), dataIndex: 'createdAt', width: 110, render: (d: string) => dayjs(d).format('YYYY-MM-DD') },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 130,
          fixed: 'right',
          render: (_, r) => (
            <Space size={4}>
              {onRespond && r.allowedActions.includes('respond') && can('referral.respond') ? (
                <>
                  <Button type="link" size="small" onClick={() => onRespond(r, true)} data-testid="referral-accept">
                    {t('referrals.accept')}
                  </Button>
                  <Button type="link" size="small" danger onClick={() => onRespond(r, false)} data-testid="referral-reject">
                    {t('referrals.reject')}
                  </Button>
                </>
              ) : null}
            </Space>
          ),
        },
      ]}
    />
  );
}
