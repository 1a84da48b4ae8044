import type { ShareRequest } from '@shegong/contracts';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd/es/table';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/auth/me-context.tsx';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';

const STATUS_COLORS = { pending: 'gold', accepted: 'green', declined: 'default' } as const;
type Props = {
  items: ShareRequest[];
  loading: boolean;
  pagination: TablePaginationConfig | false;
  onAnswer: (r: ShareRequest, accept: boolean) => void;
};

/**
 * Requests received show the holder's own file and who asks; requests sent show what the asker
 * typed, and the file only once the holder has shared it.
 */
export function ShareRequestTable({ items, loading, pagination, onAnswer }: Props) {
  const t = useT();
  const can = useCan();
  const isMobile = useIsMobile();
  const statusOf = (r: ShareRequest) => (
    <div>
      <Tag color={STATUS_COLORS[r.status]}>{t(`shareRequests.status.${r.status}`)}</Tag>
      {r.direction === 'out' && r.status === 'pending' ? (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t('shareRequests.waiting')}
        </Typography.Text>
      ) : null}
      {r.responseReason ? (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t('shareRequests.ownReason', { reason: r.responseReason })}
        </Typography.Text>
      ) : null}
    </div>
  );
  return (
    <Table<ShareRequest>
      rowKey="id"
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={isMobile ? undefined : { x: 960 }}
      data-testid="share-request-table"
      columns={[
        {
          title: t('shareRequests.person'),
          key: 'person',
          width: isMobile ? 230 : 180,
          render: (_, r) => (
            <div>
              {r.client ? (
                <Link to={`/clients/${r.client.id}`}>{r.client.name}</Link>
              ) : (
                <Typography.Text strong>{r.personName}</Typography.Text>
              )}
              {r.idNumberMasked && !r.client ? (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  <code>{r.idNumberMasked}</code>
                </Typography.Text>
              ) : null}
              {isMobile ? (
                <>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {r.direction === 'in' ? `${r.fromStationName} · ` : ''}
                    {dayjs(r.createdAt).format('YYYY-MM-DD')}
                  </Typography.Text>
                  {statusOf(r)}
                </>
              ) : null}
            </div>
          ),
        },
        {
          title: t('shareRequests.from'),
          key: 'from',
          width: 210,
          responsive: ['md'],
          render: (_, r) => (
            <div>
              {r.fromStationName}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {r.fromOrganisationName}
              </Typography.Text>
            </div>
          ),
        },
        { title: t('shareRequests.message'), dataIndex: 'message', ellipsis: true, responsive: ['md'] },
        { title: t('common.status'), key: 'status', width: 180, responsive: ['md'], render: (_, r) => statusOf(r) },
        {
          title: t('shareRequests.askedAt'),
          dataIndex: 'createdAt',
          width: 120,
          responsive: ['md'],
          render: (d: string) => dayjs(d).format('YYYY-MM-DD'),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          width: isMobile ? 110 : 150,
          render: (_, r) => (
            <Space size={4}>
              {r.allowedActions.includes('respond') && can('share_request.respond') ? (
                <>
                  <Button type="link" size="small" onClick={() => onAnswer(r, true)} data-testid="share-accept">
                    {t('shareRequests.accept')}
                  </Button>
                  <Button type="link" size="small" danger onClick={() => onAnswer(r, false)} data-testid="share-decline">
                    {t('shareRequests.decline')}
                  </Button>
                </>
              ) : r.direction === 'out' && r.client ? (
                <Link to={`/clients/${r.client.id}`}>{t('shareRequests.openFile')}</Link>
              ) : null}
            </Space>
          ),
        },
      ]}
    />
  );
}
