import type { Station } from '@shegong/contracts';
import { Badge, Button, Popconfirm, Space, Table, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { STATUS_BADGES, statusLabel } from './station-labels.ts';
import { TierTag } from './tier-tag.tsx';

type Props = {
  items: Station[];
  loading: boolean;
  pagination: TablePaginationConfig;
  onView: (station: Station) => void;
  onEdit: (station: Station) => void;
  onDelete: (station: Station) => void;
};

export function StationTable({ items, loading, pagination, onView, onEdit, onDelete }: Props) {
  const t = useT();
  // Pinned columns would leave almost no room to scroll on a phone.
  const isMobile = useIsMobile();
  const columns: ColumnsType<Station> = [
    {
      title: t('label.name'),
      dataIndex: 'name',
      fixed: isMobile ? undefined : 'left',
      width: 200,
      render: (_, s) => (
        <div>
          <Typography.Link onClick={() => onView(s)}>{s.name}</Typography.Link>
          {s.address ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} ellipsis>
              {s.address}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      title: t('label.tier'),
      dataIndex: 'tier',
      width: 140,
      render: (_, s) => <TierTag tier={s.tier} />,
    },
    { title: t('label.regionCode'), dataIndex: 'regionPath', width: 190, ellipsis: true, render: (_, s) => s.regionPath || s.regionName },
    { title: t('stations.operator'), dataIndex: 'organisationName', width: 200, ellipsis: true },
    { title: t('label.parentId'), dataIndex: 'parentName', width: 170, ellipsis: true, render: (v: string | null) => v ?? '—' },
    { title: t('stations.points'), dataIndex: 'childCount', width: 90, align: 'right', responsive: ['xxl'] },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 100,
      render: (_, s) => <Badge status={STATUS_BADGES[s.status]} text={statusLabel(t, s.status)} />,
    },
    { title: t('label.openedOn'), dataIndex: 'openedOn', width: 120, responsive: ['xxl'], render: (v: string | null) => v ?? '—' },
    { title: t('label.phone'), dataIndex: 'phone', width: 140, responsive: ['xxl'], render: (v: string | null) => v ?? '—' },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: isMobile ? undefined : 'right',
      width: 120,
      render: (_, s) => (
        <Space size={4}>
          {s.allowedActions.includes('update') ? (
            <Button type="link" size="small" onClick={() => onEdit(s)} data-testid="station-edit">
              {t('common.edit')}
            </Button>
          ) : null}
          {s.allowedActions.includes('delete') ? (
            <Popconfirm
              title={t('stations.deleteConfirm', { name: s.name })}
              okText={t('common.delete')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => onDelete(s)}
            >
              <Button type="link" size="small" danger data-testid="station-delete">
                {t('common.delete')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <Table<Station>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 1100 }}
      data-testid="station-table"
    />
  );
}
