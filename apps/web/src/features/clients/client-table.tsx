import type { ClientSummary } from '@shegong/contracts';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import { Link, useNavigate } from 'react-router-dom';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { CategoryTags, personLine, RiskTag } from './client-labels.tsx';

type Props = { items: ClientSummary[]; loading: boolean; pagination: TablePaginationConfig; onEdit: (c: ClientSummary) => void };

/** 服务对象 list: identifiers arrive masked from the server and are shown as they come. */
export function ClientTable({ items, loading, pagination, onEdit }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const columns: ColumnsType<ClientSummary> = [
    {
      title: t('label.displayName'),
      dataIndex: 'name',
      fixed: isMobile ? undefined : 'left',
      width: 140,
      render: (_, c) => (
        <div>
          <Link to={`/clients/${c.id}`} data-testid="client-link">
            <Typography.Text strong style={{ color: 'inherit' }}>
              {c.name}
            </Typography.Text>
          </Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {personLine(t, c.gender, c.age)}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('label.idNumber'),
      dataIndex: 'idNumberMasked',
      width: 180,
      render: (v: string | null, c) => (
        <code style={{ fontSize: 13 }} data-testid="client-id-masked">
          {v ?? t(`idType.${c.idType}`)}
        </code>
      ),
    },
    {
      title: t('label.mobile'),
      dataIndex: 'mobileMasked',
      width: 120,
      render: (v: string | null) => <code data-testid="client-mobile-masked">{v ?? '—'}</code>,
    },
    {
      title: t('label.categories'),
      key: 'categories',
      width: 200,
      render: (_, c) => <CategoryTags items={c.currentCategories} max={3} />,
    },
    { title: t('label.riskLevel'), dataIndex: 'riskLevel', width: 90, render: (_, c) => <RiskTag level={c.riskLevel} /> },
    {
      title: t('clients.responsible'),
      key: 'station',
      width: 190,
      render: (_, c) => (
        <div>
          <Typography.Text ellipsis style={{ maxWidth: 180 }}>
            {c.stationName}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {c.workerName ?? t('clients.noWorker')}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('label.tags'),
      dataIndex: 'tags',
      width: 140,
      responsive: ['xxl'],
      render: (tags: string[]) => tags.map((tag) => <Tag key={tag}>{tag}</Tag>),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: isMobile ? undefined : 'right',
      width: 110,
      render: (_, c) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => navigate(`/clients/${c.id}`)} data-testid="client-view">
            {t('common.view')}
          </Button>
          {c.allowedActions.includes('update') ? (
            <Button type="link" size="small" onClick={() => onEdit(c)} data-testid="client-edit">
              {t('common.edit')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <Table<ClientSummary>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 1100 }}
      rowClassName={(c) => (c.riskLevel === 'high' ? 'sg-row-warn' : '')}
      data-testid="client-table"
    />
  );
}
