import { WarningOutlined } from '@ant-design/icons';
import type { Organisation } from '@shegong/contracts';
import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router-dom';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { FilingStatusTag, GradeTag } from './filing-labels.tsx';
import { TYPE_COLORS } from './organisation-labels.ts';

type Props = {
  items: Organisation[];
  loading: boolean;
  pagination: TablePaginationConfig;
  onEdit?: (o: Organisation) => void;
  /** The review queue: when it was submitted, and a 审核 button. */
  review?: boolean;
};

export function OrganisationTable({ items, loading, pagination, onEdit, review }: Props) {
  const t = useT();
  const navigate = useNavigate();
  // Pinned columns would leave almost no room to scroll on a phone.
  const isMobile = useIsMobile();
  const columns: ColumnsType<Organisation> = [
    {
      title: t('label.name'),
      dataIndex: 'name',
      fixed: isMobile ? undefined : 'left',
      width: 240,
      render: (_, o) => (
        <div>
          <Link to={`/organisations/${o.id}`} data-testid="organisation-link">
            <Typography.Text strong style={{ color: 'inherit' }}>
              {o.name}
            </Typography.Text>
          </Link>
          {o.uscc ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              <code>{o.uscc}</code>
              {o.usccWarning ? (
                <Tooltip title={o.usccWarning}>
                  <WarningOutlined style={{ color: '#faad14', marginInlineStart: 6 }} data-testid="uscc-warning-icon" />
                </Tooltip>
              ) : null}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      title: t('label.type'),
      dataIndex: 'type',
      width: 190,
      ellipsis: true,
      render: (_, o) => <Tag color={TYPE_COLORS[o.type]}>{t(`orgType.${o.type}`)}</Tag>,
    },
    { title: t('label.regionCode'), dataIndex: 'regionName', width: 100 },
    {
      title: t('label.filingStatus'),
      dataIndex: 'filingStatus',
      width: 110,
      render: (_, o) => <FilingStatusTag status={o.filingStatus} />,
    },
    review
      ? {
          title: t('organisation.submittedAt'),
          dataIndex: 'filingSubmittedAt',
          width: 150,
          render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—'),
        }
      : {
          title: t('label.grade'),
          key: 'grade',
          width: 90,
          render: (_, o) => (o.rating ? <GradeTag grade={o.rating.grade} rating={o.rating} /> : '—'),
        },
    {
      title: t('label.contactName'),
      key: 'contact',
      width: 130,
      render: (_, o) => (o.contactName || o.contactPhone ? `${o.contactName ?? ''} ${o.contactPhone ?? ''}`.trim() : '—'),
    },
    { title: t('organisation.stationCount'), dataIndex: 'stationCount', width: 90, align: 'right' },
    {
      title: t('common.createdAt'),
      dataIndex: 'createdAt',
      width: 110,
      responsive: ['xxl'],
      render: (v: string) => dayjs(v).format('YYYY-MM-DD'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: isMobile ? undefined : 'right',
      width: 120,
      render: (_, o) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => navigate(`/organisations/${o.id}`)} data-testid="organisation-view">
            {review && o.allowedActions.includes('review') ? t('organisation.review') : t('common.view')}
          </Button>
          {onEdit && o.allowedActions.includes('update') ? (
            <Button type="link" size="small" onClick={() => onEdit(o)} data-testid="organisation-edit">
              {t('common.edit')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <Table<Organisation>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 1060 }}
      data-testid="organisation-table"
    />
  );
}
