import type { CatalogueItem } from '@shegong/contracts';
import { Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useLocale, useT } from '../../app/i18n/i18n-context.tsx';
import { money } from '../organisations/filing-labels.tsx';
import { CatalogueStatusTag } from './catalogue-labels.tsx';

type Props = {
  items: CatalogueItem[];
  loading: boolean;
  pagination: TablePaginationConfig;
  onEdit: (item: CatalogueItem) => void;
};

/** 项目目录: one row per item; an item not bought for the set years is flagged as leaving the catalogue. */
export function CatalogueTable({ items, loading, pagination, onEdit }: Props) {
  const t = useT();
  const [locale] = useLocale();
  const isMobile = useIsMobile();
  const columns: ColumnsType<CatalogueItem> = [
    { title: t('label.year'), dataIndex: 'year', width: 70 },
    {
      title: t('label.serviceArea'),
      dataIndex: 'serviceArea',
      width: 110,
      render: (v: string) => <Tag color="geekblue">{v}</Tag>,
    },
    {
      title: t('label.name'),
      dataIndex: 'name',
      width: 240,
      fixed: isMobile ? undefined : 'left',
      render: (_, item) => (
        <div>
          <Typography.Text strong>{item.name}</Typography.Text>
          {item.description ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} ellipsis={{ tooltip: item.description }}>
              {item.description}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    { title: t('catalogue.buyerRegion'), dataIndex: 'regionName', width: 110 },
    {
      title: t('label.referencePrice'),
      dataIndex: 'referencePrice',
      width: 130,
      align: 'right',
      render: (v: number | null) => (v === null ? '—' : money(v, locale)),
    },
    { title: t('common.status'), key: 'status', width: 180, render: (_, item) => <CatalogueStatusTag item={item} /> },
    {
      title: t('catalogue.lastBought'),
      dataIndex: 'lastBoughtYear',
      width: 90,
      render: (v: number | null) => v ?? <Typography.Text type="secondary">{t('catalogue.neverBought')}</Typography.Text>,
    },
    {
      title: t('catalogue.projectCount'),
      dataIndex: 'projectCount',
      width: 80,
      align: 'right',
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 70,
      fixed: isMobile ? undefined : 'right',
      render: (_, item) =>
        item.allowedActions.includes('manage') ? (
          <Button type="link" size="small" onClick={() => onEdit(item)} data-testid="catalogue-edit">
            {t('common.edit')}
          </Button>
        ) : null,
    },
  ];
  return (
    <Table<CatalogueItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={pagination}
      rowClassName={(item) => (item.isStale ? 'sg-row-warn' : item.status === 'dropped' ? 'sg-row-disabled' : '')}
      scroll={{ x: 1080 }}
      data-testid="catalogue-table"
    />
  );
}
